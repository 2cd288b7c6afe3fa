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
            int[][] ys = positions(group, true, tolerance);
            int[][] xs = positions(group, false, tolerance);
            if (ys[0].length >= 2 && xs[0].length >= 2) {
                out.add(new Grid(xs, ys, group, tolerance));
            }
        }
        out.sort((a, b) -> Integer.compare(a.ys[0], b.ys[0]));
        return out;
    }

    /**
     * Clustered positions of the group's horizontal (or vertical) lines, ascending, and (see
     * {@link #doubled}) the faces of the lines on either side of each boundary.
     */
    private static int[][] positions(List<Line> group, boolean horizontal, int tolerance) {
        List<Line> ls = group.stream().filter(l -> l.horizontal() == horizontal)
                .sorted(java.util.Comparator.comparingInt(Line::position)).toList();
        List<int[]> out = new ArrayList<>(); // position, thickness
        int i = 0;
        while (i < ls.size()) {
            int j = i, thickness = 0;
            long sum = 0;
            while (j < ls.size() && ls.get(j).position() - ls.get(i).position() <= tolerance) {
                sum += ls.get(j).position();
                thickness = Math.max(thickness, ls.get(j).thickness());
                j++;
            }
            out.add(new int[] {(int) (sum / (j - i)), thickness});
            i = j;
        }
        return doubled(out, tolerance);
    }

    /**
     * Boundaries drawn twice (a browser's separated borders: each cell's own line, the two a few pixels
     * apart) made one: positions closer than twice the tolerance are one boundary at their middle. No
     * cell is that narrow; taken as two, they give a phantom column (row) between them. Takes {position,
     * thickness} pairs, ascending; returns the boundaries' middles, and the faces of the lines on either
     * side of each, where a cell's ink may begin (the middle again for a boundary drawn once).
     */
    static int[][] doubled(List<int[]> positions, int tolerance) {
        List<int[]> out = new ArrayList<>(); // middle, face before, face after
        int i = 0;
        while (i < positions.size()) {
            int j = i;
            while (j + 1 < positions.size() && positions.get(j + 1)[0] - positions.get(j)[0] <= 2 * tolerance) {
                j++;
            }
            int[] first = positions.get(i), last = positions.get(j);
            out.add(i == j ? new int[] {first[0], first[0], first[0]}
                    : new int[] {(first[0] + last[0]) / 2, first[0] - (first[1] + 1) / 2, last[0] + (last[1] + 1) / 2});
            i = j + 1;
        }
        int[][] r = new int[3][out.size()];
        for (int k = 0; k < out.size(); k++) {
            for (int m = 0; m < 3; m++) {
                r[m][k] = out.get(k)[m];
            }
        }
        return r;
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
