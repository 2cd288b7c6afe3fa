package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Table.Kind#GRID} table row by row from cells with a start column, a width in grid
 * columns and a flag for "continues the merged cell above". A cell covering several slots fills each
 * of them with its text, the slots after the first marked merged; a vertical continuation repeats the
 * slot above, marked merged; gaps before a cell become empty slots. Spans are
 * {@code table[i]/row[r]/cell[c]} with {@code c} the grid column. Not API.
 */
final class GridBuilder {
    private final String path;
    private final List<List<GridCell>> rows = new ArrayList<>();
    private List<GridCell> current;

    GridBuilder(String path) {
        this.path = path;
    }

    void startRow() {
        current = new ArrayList<>();
        rows.add(current);
    }

    /** The number of slots of the current row. */
    int width() {
        return current.size();
    }

    void place(int column, int span, String cellText, boolean continuesAbove) {
        String text = Texts.cell(cellText);
        int r = rows.size() - 1;
        while (current.size() < column) {
            current.add(new GridCell("", span(r, current.size()), false));
        }
        for (int k = 0; k < Math.max(1, span); k++) {
            int c = column + k;
            if (c < current.size()) {
                continue; // overlaps a cell already placed: keep the first
            }
            if (continuesAbove) {
                GridCell above = r > 0 && c < rows.get(r - 1).size() ? rows.get(r - 1).get(c) : null;
                current.add(new GridCell(above == null ? "" : above.text(), span(r, c), above != null));
            } else {
                current.add(new GridCell(text, span(r, c), k > 0));
            }
        }
    }

    Table build() {
        return Table.grid(rows, SourceSpan.path(path));
    }

    private SourceSpan span(int row, int column) {
        return SourceSpan.path(path + "/row[" + row + "]/cell[" + column + "]");
    }
}
