package dev.gongkai.parser.ocr.internal;

import dev.gongkai.layout.internal.MergedSlots;
import java.util.List;

/**
 * One ruled table in a page image: column and row boundaries (line centres) and which slots a missing
 * line merges into one cell. Not API.
 */
final class Grid {

    final int[] xs;
    final int[] ys;
    final int thickness;
    /** The ruling lines this grid was built from. */
    final List<Line> lines;
    private final MergedSlots slots;

    Grid(int[] xs, int[] ys, List<Line> lines, int tolerance) {
        this.xs = xs;
        this.ys = ys;
        this.lines = List.copyOf(lines);
        int t = 1;
        for (Line l : lines) {
            t = Math.max(t, l.thickness());
        }
        this.thickness = Math.min(t, tolerance * 2);
        slots = new MergedSlots(rows(), columns(), (betweenColumns, r, c) -> betweenColumns
                ? lineAt(lines, false, xs[c + 1], (ys[r] + ys[r + 1]) / 2, tolerance)
                : lineAt(lines, true, ys[r + 1], (xs[c] + xs[c + 1]) / 2, tolerance));
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    /** The slot index of the cell covering a slot: its top-left slot. */
    int cellOf(int row, int column) {
        return slots.cellOf(row, column);
    }

    /** The box {x0, y0, x1, y1} (line centres) of the cell whose top-left slot is {@code origin}. */
    int[] cellBox(int origin) {
        int[] b = null;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.cellOf(i) == origin) {
                int r = i / columns(), c = i % columns();
                int[] s = {xs[c], ys[r], xs[c + 1], ys[r + 1]};
                b = b == null ? s : new int[] {Math.min(b[0], s[0]), Math.min(b[1], s[1]),
                        Math.max(b[2], s[2]), Math.max(b[3], s[3])};
            }
        }
        return b;
    }

    /** The distinct cells' top-left slots, row by row. */
    List<Integer> origins() {
        return slots.origins();
    }

    private static boolean lineAt(List<Line> lines, boolean horizontal, int position, int along, int tol) {
        for (Line l : lines) {
            if (l.horizontal() == horizontal && l.covers(position, along, tol)) {
                return true;
            }
        }
        return false;
    }
}
