package dev.gongkai.layout.page;

import java.util.List;

/**
 * The grid of one ruled table: column and row boundaries, and which slots a missing ruling line merges
 * into one cell.
 */
final class RuledGrid {

    private static final float TOLERANCE = 2f;

    private final float[] xs;
    private final float[] ys;
    private final int[] parent;

    RuledGrid(float[] xs, float[] ys, List<Ruling> rulings) {
        this.xs = xs;
        this.ys = ys;
        int rows = rows(), cols = columns();
        parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c + 1 < cols; c++) {
                if (!lineAt(rulings, false, xs[c + 1], midY)) {
                    union(r * cols + c, r * cols + c + 1);
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            float midX = (xs[c] + xs[c + 1]) / 2;
            for (int r = 0; r + 1 < rows; r++) {
                if (!lineAt(rulings, true, ys[r + 1], midX)) {
                    union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float[] xs() {
        return xs.clone();
    }

    Box box() {
        return new Box(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }

    Box slotBox(int row, int column) {
        return new Box(xs[column], ys[row], xs[column + 1], ys[row + 1]);
    }

    /** The slot index (row * columns + column) of the cell covering a slot: its top-left slot. */
    int cellOf(int row, int column) {
        return find(row * columns() + column);
    }

    /** The slot a point falls in, or -1. */
    int slotAt(float x, float y) {
        int c = Positions.slot(xs, x);
        int r = Positions.slot(ys, y);
        return c < 0 || r < 0 ? -1 : r * columns() + c;
    }

    /** The number of distinct cells. */
    int cellCount() {
        int n = 0;
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == i) {
                n++;
            }
        }
        return n;
    }

    /** The box of a whole (possibly merged) cell given by its top-left slot. */
    Box cellBox(int origin) {
        Box b = null;
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == origin) {
                Box s = slotBox(i / columns(), i % columns());
                b = b == null ? s : b.union(s);
            }
        }
        return b;
    }

    private static boolean lineAt(List<Ruling> rulings, boolean horizontal, float position, float along) {
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal && Math.abs(r.position() - position) <= TOLERANCE
                    && r.covers(along, 0)) {
                return true;
            }
        }
        return false;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra != rb) {
            // the smaller index (top-left) stays the root
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
