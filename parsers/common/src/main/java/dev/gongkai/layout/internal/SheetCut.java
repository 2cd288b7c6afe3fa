package dev.gongkai.layout.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet's sheet cut into blocks, as the spreadsheet readers (xlsx/xls, ods) cut one: blank rows
 * split it into runs; in a run, rows with at most one cell of their own (not merged, not empty) are
 * paragraphs (titles, headings, prose) — their first such cell — and the rows from the first to the last
 * with several cells one {@link Table.Kind#GRID} table, trimmed to the columns used. A sheet with only
 * tables gives only tables. Not API.
 */
public final class SheetCut {

    /** Where a slot of the sheet stands (its reader's cell reference), also for one it did not write. */
    @FunctionalInterface
    public interface Slots {
        SourceSpan span(int row, int column);
    }

    private final List<? extends List<GridCell>> rows;
    private final Slots slots;
    private final List<Block> out = new ArrayList<>();

    private SheetCut(List<? extends List<GridCell>> rows, Slots slots) {
        this.rows = rows;
        this.slots = slots;
    }

    /**
     * The blocks of a sheet, in reading order.
     *
     * @param rows the sheet's rows of slots as its reader has them (merged regions expanded, the covered
     *     slots marked merged); rows may differ in width
     * @param slots where a slot stands, for the empty slots added to square a table and for its span
     */
    public static List<Block> blocks(List<? extends List<GridCell>> rows, Slots slots) {
        SheetCut cut = new SheetCut(rows, slots);
        int r = 0;
        while (r < rows.size()) {
            if (blank(rows.get(r))) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < rows.size() && !blank(rows.get(end + 1))) {
                end++;
            }
            cut.run(r, end);
            r = end + 1;
        }
        return cut.out;
    }

    private void run(int from, int to) {
        int first = from;
        while (first <= to && origins(rows.get(first)) <= 1) {
            paragraphOf(rows.get(first++));
        }
        if (first > to) {
            return;
        }
        int last = to;
        while (origins(rows.get(last)) <= 1) {
            last--;
        }
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int i = first; i <= last; i++) {
            List<GridCell> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        List<List<GridCell>> cut = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            List<GridCell> row = rows.get(i);
            List<GridCell> kept = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                kept.add(c < row.size() ? row.get(c) : new GridCell("", slots.span(i, c), false));
            }
            cut.add(kept);
        }
        out.add(Table.grid(cut, slots.span(first, left)));
        for (int i = last + 1; i <= to; i++) {
            paragraphOf(rows.get(i));
        }
    }

    private void paragraphOf(List<GridCell> row) {
        for (GridCell c : row) {
            if (!c.merged() && !c.isEmpty()) {
                out.add(new Paragraph(c.text(), c.span()));
                return;
            }
        }
    }

    private static int origins(List<GridCell> row) {
        int n = 0;
        for (GridCell c : row) {
            if (!c.merged() && !c.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static boolean blank(List<GridCell> row) {
        for (GridCell c : row) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
