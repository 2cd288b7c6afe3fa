package dev.gongkai.parser.ocr.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ruled tables of a page image: horizontal and vertical lines that cross or touch one another form
 * a table; its line positions, clustered, are the grid's boundaries. Not API.
 */
final class Grids {

    private Grids() {}

    static List<Grid> find(List<Line> horizontal, List<Line> vertical, int tolerance) {
        List<Line> all = new ArrayList<>(horizontal);
        all.addAll(vertical);
        int n = all.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < horizontal.size(); i++) {
            Line h = horizontal.get(i);
            for (int j = 0; j < vertical.size(); j++) {
                Line v = vertical.get(j);
                if (h.covers(h.position(), v.position(), tolerance) && v.covers(v.position(), h.position(), tolerance)) {
                    union(parent, i, horizontal.size() + j);
                }
            }
        }
        List<Grid> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            List<Line> group = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == root) {
                    group.add(all.get(i));
                }
            }
            int[] ys = positions(group, true, tolerance);
            int[] xs = positions(group, false, tolerance);
            if (ys.length >= 2 && xs.length >= 2) {
                out.add(new Grid(xs, ys, group, tolerance));
            }
        }
        out.sort((a, b) -> Integer.compare(a.ys[0], b.ys[0]));
        return out;
    }

    /** Clustered positions of the group's horizontal (or vertical) lines, ascending. */
    private static int[] positions(List<Line> group, boolean horizontal, int tolerance) {
        int[] p = group.stream().filter(l -> l.horizontal() == horizontal).mapToInt(Line::position).sorted().toArray();
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < p.length) {
            int j = i;
            long sum = 0;
            while (j < p.length && p[j] - p[i] <= tolerance) {
                sum += p[j];
                j++;
            }
            out.add((int) (sum / (j - i)));
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    static String describe(Grid g) {
        return Arrays.toString(g.xs) + " x " + Arrays.toString(g.ys);
    }
}
