package dev.gongkai.parser.ocr.internal;

/**
 * Finds how far a page is rotated (up to ±{@value #MAX} degrees) from its text lines and ruling lines:
 * the angle at which the rows of ink are sharpest (the horizontal projection with the largest sum of
 * squares). Not API.
 */
final class Deskew {

    static final double MAX = 2.0;
    private static final int STEP = 2; // sample every other pixel

    private Deskew() {}

    /** The page's rotation in degrees (positive: lines run down to the right). */
    static double angle(Grey g, int threshold) {
        int n = 0;
        int[] xs = new int[g.width * g.height / (STEP * STEP) + 1];
        int[] ys = new int[xs.length];
        for (int y = 0; y + 1 < g.height; y += STEP) {
            for (int x = 0; x + 1 < g.width; x += STEP) {
                // a pixel of a stroke, not a speck of noise: its right and lower neighbours are ink too
                if (g.at(x, y) < threshold && g.at(x + 1, y) < threshold && g.at(x, y + 1) < threshold
                        && n < xs.length) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0, bestScore = -1;
        for (double a = -MAX; a <= MAX + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, a, g.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - 0.1; a <= centre + 0.1 + 1e-9; a += 0.02) {
            double s = score(xs, ys, n, a, g.height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    private static double score(int[] xs, int[] ys, int n, double degrees, int height) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * 20000) + 2;
        long[] rows = new long[height + 2 * pad];
        for (int i = 0; i < n; i++) {
            int r = (int) Math.round(ys[i] - xs[i] * t) + pad;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double s = 0;
        for (long r : rows) {
            s += (double) r * r;
        }
        return s;
    }
}
