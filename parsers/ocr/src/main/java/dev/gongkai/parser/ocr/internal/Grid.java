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

    /**
     * Where a boundary is drawn twice ({@link Grids#doubled}), the faces of its lines: the first
     * line's leading face and the last line's trailing face (the middle for a boundary drawn once).
     */
    private final int[] xFirst, xLast, yFirst, yLast;

    /** {@code x} and {@code y}: the boundaries' middles and faces ({@link Grids#doubled}). */
    Grid(int[][] x, int[][] y, List<Line> lines, int tolerance) {
        this.xs = x[0];
        this.ys = y[0];
        this.xFirst = x[1];
        this.xLast = x[2];
        this.yFirst = y[1];
        this.yLast = y[2];
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

    /**
     * The box of the cell whose top-left slot is {@code origin} to inset by {@link #thickness} / 2 as
     * for any cell: where a boundary is drawn twice, it is moved so that the inset ends at the face of
     * the line on the cell's side (that line thinner than the grid's thickest), neither taking the
     * other line for ink nor cutting a glyph set close to the line.
     */
    int[] innerBox(int origin) {
        int[] b = cellBox(origin);
        int half = thickness / 2;
        int[] r = b.clone();
        int i = index(xs, b[0]), j = index(xs, b[2]), k = index(ys, b[1]), m = index(ys, b[3]);
        r[0] = xLast[i] == xs[i] ? b[0] : xLast[i] - half;
        r[2] = xFirst[j] == xs[j] ? b[2] : xFirst[j] + half;
        r[1] = yLast[k] == ys[k] ? b[1] : yLast[k] - half;
        r[3] = yFirst[m] == ys[m] ? b[3] : yFirst[m] + half;
        return r;
    }

    private static int index(int[] positions, int p) {
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] == p) {
                return i;
            }
        }
        throw new IllegalArgumentException("no boundary at " + p);
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
