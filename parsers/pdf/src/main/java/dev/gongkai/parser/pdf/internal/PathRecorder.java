package dev.gongkai.parser.pdf.internal;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the path construction operators of a page and keeps what could be a table ruling: the
 * axis-parallel segments of stroked paths and thin filled rectangles. Coordinates arrive in PDF user
 * space (after the current transformation) and leave in page coordinates (origin top left).
 */
final class PathRecorder {

    /** Rectangles thinner than this (points) that are filled count as lines. */
    static final float THIN = 3f;
    private static final float SKEW = 0.5f;
    private static final float SHORTEST = 2f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;
    private float originX;
    private float originTop;

    /** Starts a page whose crop box has this lower-left x and upper-right y. */
    void startPage(float lowerLeftX, float upperRightY) {
        originX = lowerLeftX;
        originTop = upperRightY;
        rulings.clear();
        subpaths.clear();
        current = null;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void moveTo(Point2D.Float p) {
        current = new ArrayList<>();
        current.add(toPage(p));
        subpaths.add(current);
    }

    void lineTo(Point2D.Float p) {
        if (current == null) {
            moveTo(p);
            return;
        }
        current.add(toPage(p));
    }

    /** A curve: only its end point is kept, the curve itself breaks the straight run. */
    void curveTo(Point2D.Float end) {
        moveTo(end);
    }

    void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    void rectangle(Point2D.Float p0, Point2D.Float p1, Point2D.Float p2, Point2D.Float p3) {
        moveTo(p0);
        lineTo(p1);
        lineTo(p2);
        lineTo(p3);
        closePath();
        current = null;
    }

    /** Paints the current path: its straight segments when stroked, its thin rectangles when filled. */
    void paint(boolean fill, boolean stroke) {
        if (stroke) {
            for (List<Point2D.Float> sub : subpaths) {
                for (int i = 1; i < sub.size(); i++) {
                    addSegment(sub.get(i - 1), sub.get(i));
                }
            }
        }
        if (fill) {
            fillThin();
        }
        endPath();
    }

    private void fillThin() {
        for (List<Point2D.Float> sub : subpaths) {
            if (sub.size() < 2) {
                continue;
            }
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (Point2D.Float p : sub) {
                minX = Math.min(minX, p.x);
                maxX = Math.max(maxX, p.x);
                minY = Math.min(minY, p.y);
                maxY = Math.max(maxY, p.y);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w > SHORTEST) {
                rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
            } else if (w <= THIN && h > SHORTEST) {
                rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
            }
        }
    }

    void endPath() {
        subpaths.clear();
        current = null;
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        float dx = Math.abs(a.x - b.x);
        float dy = Math.abs(a.y - b.y);
        if (dy <= SKEW && dx > SHORTEST) {
            rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
        } else if (dx <= SKEW && dy > SHORTEST) {
            rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
        }
    }

    private Point2D.Float toPage(Point2D.Float p) {
        return new Point2D.Float(p.x - originX, originTop - p.y);
    }
}
