package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows the path construction operators of a page and keeps what could be a table ruling: the
 * axis-parallel segments of stroked paths and thin filled rectangles. Coordinates arrive in points,
 * either with y growing upwards from an origin (PDF user space after the current transformation) or
 * already in page coordinates, and leave in page coordinates (origin top left).
 *
 * @since 0.1
 */
public final class PathRecorder {

    /** Rectangles thinner than this (points) that are filled count as lines. */
    public static final float THIN = 3f;
    private static final float SKEW = 0.5f;
    private static final float SHORTEST = 2f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Pt>> subpaths = new ArrayList<>();
    private List<Pt> current;
    private float originX;
    private float originTop;
    private boolean yUp = true;

    private record Pt(float x, float y) {}

    /** Starts a PDF page whose crop box has this lower-left x and upper-right y (y grows upwards). */
    public void startPage(float lowerLeftX, float upperRightY) {
        startPage(lowerLeftX, upperRightY, true);
    }

    /**
     * Starts a page.
     *
     * @param yUp true when the coordinates that arrive grow upwards from {@code (originX, originTop)}
     *     (PDF); false when they are page coordinates already (origin top left, y down: OFD)
     */
    public void startPage(float originX, float originTop, boolean yUp) {
        this.originX = originX;
        this.originTop = originTop;
        this.yUp = yUp;
        rulings.clear();
        subpaths.clear();
        current = null;
    }

    /** The ruling lines found on the page so far. */
    public List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(toPage(x, y));
        subpaths.add(current);
    }

    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(toPage(x, y));
    }

    /** A curve: only its end point is kept, the curve itself breaks the straight run. */
    public void curveTo(float endX, float endY) {
        moveTo(endX, endY);
    }

    public void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    /** A closed rectangle through four corners (x0, y0 … x3, y3). */
    public void rectangle(float... corners) {
        moveTo(corners[0], corners[1]);
        lineTo(corners[2], corners[3]);
        lineTo(corners[4], corners[5]);
        lineTo(corners[6], corners[7]);
        closePath();
        current = null;
    }

    /** Paints the current path: its straight segments when stroked, its thin rectangles when filled. */
    public void paint(boolean fill, boolean stroke) {
        if (stroke) {
            for (List<Pt> sub : subpaths) {
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
        for (List<Pt> sub : subpaths) {
            if (sub.size() < 2) {
                continue;
            }
            float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
            for (Pt p : sub) {
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

    /** Drops the current path unpainted. */
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    private void addSegment(Pt a, Pt b) {
        float dx = Math.abs(a.x - b.x);
        float dy = Math.abs(a.y - b.y);
        if (dy <= SKEW && dx > SHORTEST) {
            rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
        } else if (dx <= SKEW && dy > SHORTEST) {
            rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
        }
    }

    private Pt toPage(float x, float y) {
        return yUp ? new Pt(x - originX, originTop - y) : new Pt(x - originX, y - originTop);
    }
}
