package dev.gongkai.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a word processor holds it: rows of cells with row and column spans. A cell covered by a
 * vertical merge from above is a {@link GCell#continuation() continuation}; horizontal merges are
 * spans of the cell that starts them.
 */
public final class Grid {

    /**
     * One cell.
     *
     * @param text the text, possibly with line breaks
     * @param colspan columns covered
     * @param rowspan rows covered
     * @param continuation true for the slot of a cell merged from the row above (no own text)
     * @param value true for a number (or blank) cell of the table body
     */
    public record GCell(String text, int colspan, int rowspan, boolean continuation, boolean value) {}

    /**
     * One row.
     *
     * @param cells the cells in order
     * @param header true for a header row
     * @param key for a value row, "table/row" (table 四's one row: "review_litigation/all"), else null
     */
    public record GRow(List<GCell> cells, boolean header, String key) {}

    private final int width;
    private final List<GRow> rows = new ArrayList<>();

    public Grid(int width) {
        this.width = width;
    }

    public int width() {
        return width;
    }

    public List<GRow> rows() {
        return rows;
    }

    /** Starts a row; add its cells with the returned builder. */
    public RowBuilder row(boolean header, String key) {
        List<GCell> cells = new ArrayList<>();
        rows.add(new GRow(cells, header, key));
        return new RowBuilder(cells);
    }

    /** Adds cells to a row. */
    public static final class RowBuilder {
        private final List<GCell> cells;

        RowBuilder(List<GCell> cells) {
            this.cells = cells;
        }

        public RowBuilder label(String text) {
            return span(text, 1, 1);
        }

        public RowBuilder span(String text, int colspan, int rowspan) {
            cells.add(new GCell(text, colspan, rowspan, false, false));
            return this;
        }

        public RowBuilder cont() {
            return cont(1);
        }

        /** The slot of a cell merged from the row above, as wide as that cell. */
        public RowBuilder cont(int colspan) {
            cells.add(new GCell("", colspan, 1, true, false));
            return this;
        }

        public RowBuilder value(String text, int colspan) {
            cells.add(new GCell(text, colspan, 1, false, true));
            return this;
        }
    }
}
