package dev.gongkai.layout.page;

import dev.gongkai.layout.internal.MergedSlots;
import java.util.List;

/**
 * The grid of one ruled table: column and row boundaries, and which slots a missing ruling line merges
 * into one cell.
 */
final class RuledGrid {

    private static final float TOLERANCE = 2f;

    private final float[] xs;
    private final float[] ys;
    private final MergedSlots slots;

    RuledGrid(float[] xs, float[] ys, List<Ruling> rulings) {
        this.xs = xs;
        this.ys = ys;
        slots = new MergedSlots(rows(), columns(), (betweenColumns, r, c) -> betweenColumns
                ? lineAt(rulings, false, xs[c + 1], (ys[r] + ys[r + 1]) / 2)
                : lineAt(rulings, true, ys[r + 1], (xs[c] + xs[c + 1]) / 2));
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
        return slots.cellOf(row, column);
    }

    /** The slot a point falls in, or -1. */
    int slotAt(float x, float y) {
        int c = Positions.slot(xs, x);
        int r = Positions.slot(ys, y);
        return c < 0 || r < 0 ? -1 : r * columns() + c;
    }

    /** The number of distinct cells. */
    int cellCount() {
        return slots.origins().size();
    }

    /** The box of a whole (possibly merged) cell given by its top-left slot. */
    Box cellBox(int origin) {
        Box b = null;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.cellOf(i) == origin) {
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
}
