package dev.gongkai.layout.page;

import java.util.Arrays;

/** Small helpers on sorted coordinate lists. */
final class Positions {

    private Positions() {}

    /** Sorts coordinates and merges those closer than {@code tolerance} into their mean. */
    static float[] cluster(float[] values, float tolerance) {
        if (values.length == 0) {
            return values;
        }
        float[] v = values.clone();
        Arrays.sort(v);
        float[] out = new float[v.length];
        int n = 0;
        float sum = v[0];
        int count = 1;
        for (int i = 1; i < v.length; i++) {
            if (v[i] - v[i - 1] <= tolerance) {
                sum += v[i];
                count++;
            } else {
                out[n++] = sum / count;
                sum = v[i];
                count = 1;
            }
        }
        out[n++] = sum / count;
        return Arrays.copyOf(out, n);
    }

    /** The index i with {@code bounds[i] <= x < bounds[i + 1]}, or -1 when x is outside. */
    static int slot(float[] bounds, float x) {
        if (bounds.length < 2 || x < bounds[0] || x > bounds[bounds.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(bounds, x);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.min(Math.max(i, 0), bounds.length - 2);
    }
}
