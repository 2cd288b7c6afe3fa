package dev.gongkai.testkit.render.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to draw: column widths, and cells placed at a row and column with a row and column span.
 * Slots covered by a span hold no cell of their own.
 *
 * @since 0.1
 */
public final class TableSpec {

    /** A cell: its origin slot, spans and text ({@code \n} for forced line breaks). */
    public record CellSpec(int row, int column, int rowSpan, int columnSpan, String text) {}

    private final float[] widths;
    private final List<CellSpec> cells = new ArrayList<>();
    private int rows;
    private int headerRows;

    public TableSpec(float... widths) {
        this.widths = widths.clone();
    }

    public TableSpec cell(int row, int column, String text) {
        return cell(row, column, 1, 1, text);
    }

    public TableSpec cell(int row, int column, int rowSpan, int columnSpan, String text) {
        if (column + columnSpan > widths.length) {
            throw new IllegalArgumentException("cell beyond the last column");
        }
        cells.add(new CellSpec(row, column, rowSpan, columnSpan, text));
        rows = Math.max(rows, row + rowSpan);
        return this;
    }

    /** The first {@code n} rows are a header, repeated on each page the table continues on. */
    public TableSpec headerRows(int n) {
        headerRows = n;
        return this;
    }

    public int headerRows() {
        return headerRows;
    }

    public float[] widths() {
        return widths.clone();
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return widths.length;
    }

    public List<CellSpec> cells() {
        return List.copyOf(cells);
    }

    /** The slot texts as a reader should rebuild them: merged slots repeat their origin's text. */
    public String[][] expected() {
        String[][] out = new String[rows][widths.length];
        for (CellSpec c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    out[r][k] = c.text();
                }
            }
        }
        for (String[] row : out) {
            for (int k = 0; k < row.length; k++) {
                if (row[k] == null) {
                    row[k] = "";
                }
            }
        }
        return out;
    }
}
