package dev.gongkai.parser.ocr.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a page image: runs of ink longer than any stroke of text, horizontal and
 * vertical, joined across small gaps (noise, JPEG) and across the rows or columns a thick line covers.
 * Not API.
 */
final class Rulings {

    private Rulings() {}

    /** Horizontal lines at least {@code minLength} long. */
    static List<Line> horizontal(boolean[] ink, int w, int h, int minLength, int gap) {
        List<int[]> runs = new ArrayList<>(); // y, x0, x1
        for (int y = 0; y < h; y++) {
            int start = -1, last = -1;
            for (int x = 0; x <= w; x++) {
                boolean on = x < w && ink[y * w + x];
                if (on) {
                    if (start < 0 || x - last > 1) {
                        if (start >= 0 && last - start + 1 >= minLength) {
                            runs.add(new int[] {y, start, last});
                        }
                        start = x;
                    }
                    last = x;
                }
            }
            if (start >= 0 && last - start + 1 >= minLength) {
                runs.add(new int[] {y, start, last});
            }
        }
        return bridge(join(runs, true), gap);
    }

    /** Vertical lines at least {@code minLength} long. */
    static List<Line> vertical(boolean[] ink, int w, int h, int minLength, int gap) {
        List<int[]> runs = new ArrayList<>(); // x, y0, y1
        for (int x = 0; x < w; x++) {
            int start = -1, last = -1;
            for (int y = 0; y <= h; y++) {
                boolean on = y < h && ink[y * w + x];
                if (on) {
                    if (start < 0 || y - last > 1) {
                        if (start >= 0 && last - start + 1 >= minLength) {
                            runs.add(new int[] {x, start, last});
                        }
                        start = y;
                    }
                    last = y;
                }
            }
            if (start >= 0 && last - start + 1 >= minLength) {
                runs.add(new int[] {x, start, last});
            }
        }
        return bridge(join(runs, false), gap);
    }

    /** Runs on neighbouring rows (columns) that overlap become one line of some thickness. */
    private static List<Line> join(List<int[]> runs, boolean horizontal) {
        List<int[]> open = new ArrayList<>(); // first, lastPos, from, to
        List<Line> out = new ArrayList<>();
        runs.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
        for (int[] r : runs) {
            int[] hit = null;
            for (int[] o : open) {
                if (r[0] - o[1] <= 1 && r[1] <= o[3] && r[2] >= o[2]) {
                    hit = o;
                    break;
                }
            }
            if (hit != null) {
                hit[1] = r[0];
                hit[2] = Math.min(hit[2], r[1]);
                hit[3] = Math.max(hit[3], r[2]);
            } else {
                open.add(new int[] {r[0], r[0], r[1], r[2]});
            }
            open.removeIf(o -> {
                if (r[0] - o[1] > 1) {
                    out.add(line(o, horizontal));
                    return true;
                }
                return false;
            });
        }
        for (int[] o : open) {
            out.add(line(o, horizontal));
        }
        // a line much thicker than long is a blot, not a ruling
        out.removeIf(l -> l.thickness() * 4 > l.length());
        return out;
    }

    /** Collinear lines whose ends are at most {@code gap} apart (a break from noise or JPEG) joined. */
    private static List<Line> bridge(List<Line> lines, int gap) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(Line::from));
        List<Line> out = new ArrayList<>();
        for (Line l : sorted) {
            int hit = -1;
            for (int i = 0; i < out.size(); i++) {
                Line o = out.get(i);
                if (Math.abs(o.position() - l.position()) <= Math.max(o.thickness(), l.thickness())
                        && l.from() - o.to() <= gap && l.from() >= o.from()) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                out.add(l);
            } else {
                Line o = out.get(hit);
                out.set(hit, new Line(o.horizontal(), o.position(), o.from(), Math.max(o.to(), l.to()),
                        Math.max(o.thickness(), l.thickness())));
            }
        }
        return out;
    }

    private static Line line(int[] o, boolean horizontal) {
        return new Line(horizontal, (o[0] + o[1]) / 2, o[2], o[3], o[1] - o[0] + 1);
    }
}
