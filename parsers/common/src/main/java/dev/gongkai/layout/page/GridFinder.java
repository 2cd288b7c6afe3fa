package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ruled tables of a page: groups ruling lines that touch into connected sets, and turns each
 * set with at least two horizontal and two vertical lines into a {@link RuledGrid}.
 */
final class GridFinder {

    private static final float TOUCH = 2.5f;
    private static final float SNAP = 2f;
    private static final float SMALLEST_SLOT = 3f;

    private GridFinder() {}

    static List<RuledGrid> grids(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Ruling a = rulings.get(i), b = rulings.get(j);
                if (a.touches(b, TOUCH) || collinear(a, b)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        List<RuledGrid> out = new ArrayList<>();
        for (List<Ruling> g : groups) {
            RuledGrid grid = grid(g);
            if (grid != null) {
                out.add(grid);
            }
        }
        out.sort((a, b) -> Float.compare(a.box().top(), b.box().top()));
        return out;
    }

    private static RuledGrid grid(List<Ruling> group) {
        List<Float> xs = new ArrayList<>(), ys = new ArrayList<>();
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        int horizontal = 0, vertical = 0;
        for (Ruling r : group) {
            if (r.horizontal()) {
                horizontal++;
                ys.add(r.position());
                left = Math.min(left, r.start());
                right = Math.max(right, r.end());
            } else {
                vertical++;
                xs.add(r.position());
                top = Math.min(top, r.start());
                bottom = Math.max(bottom, r.end());
            }
        }
        if (horizontal < 2 || vertical < 2) {
            return null;
        }
        xs.add(left);
        xs.add(right);
        ys.add(top);
        ys.add(bottom);
        float[] cx = bounds(xs), cy = bounds(ys);
        if (cx.length < 2 || cy.length < 2) {
            return null;
        }
        RuledGrid grid = new RuledGrid(cx, cy, group);
        return grid.cellCount() < 2 ? null : grid;
    }

    private static float[] bounds(List<Float> values) {
        float[] v = new float[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        float[] c = Positions.cluster(v, SNAP);
        // drop slivers left by double lines
        float[] out = new float[c.length];
        int n = 0;
        for (float x : c) {
            if (n == 0 || x - out[n - 1] >= SMALLEST_SLOT) {
                out[n++] = x;
            } else if (n > 0 && x > out[n - 1]) {
                out[n - 1] = x == c[c.length - 1] ? x : out[n - 1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean collinear(Ruling a, Ruling b) {
        return a.horizontal() == b.horizontal() && Math.abs(a.position() - b.position()) <= SNAP
                && a.start() <= b.end() + TOUCH && b.start() <= a.end() + TOUCH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
