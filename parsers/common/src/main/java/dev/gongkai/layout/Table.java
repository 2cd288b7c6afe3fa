package dev.gongkai.layout;

import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table as a format reader found it.
 *
 * <ul>
 *   <li>{@link Kind#GRID}: rows are real rows (HTML {@code <tr>}, Word rows, spreadsheet rows, PDF
 *       ruled rows, blank-line-separated rows of text); merged cells are expanded into every slot they
 *       cover, marked {@link GridCell#merged()}.
 *   <li>{@link Kind#STREAM}: the cells in reading order, with row boundaries unknown or unreliable
 *       (crawler dumps, ` |`-terminated lines, text extracted from PDFs); {@link #rows()} then holds one
 *       row, or rows that are only a hint.
 *   <li>{@link Kind#GLUED}: a stream of cells cut out of running text that has no separators between
 *       cells (crawler dumps: {@code 予以公开8100009}); a value cell may hold several of the template's
 *       cells run together, which the interpreter splits by the template's arithmetic, and a text cell
 *       may hold several headers. A value cell holds only digits, signs and decimal points, or is one
 *       blank marker ({@code —}, {@code /}).
 * </ul>
 *
 * @param rows the rows, each a list of cells
 * @param kind grid or stream
 * @param span where the table starts, or {@code null}
 * @since 0.1
 */
public record Table(List<List<GridCell>> rows, Kind kind, SourceSpan span) implements Block {

    /** Whether the rows are real. */
    public enum Kind {
        GRID,
        STREAM,
        GLUED
    }

    public Table {
        Objects.requireNonNull(kind, "kind");
        List<List<GridCell>> copy = new ArrayList<>(rows.size());
        for (List<GridCell> row : rows) {
            copy.add(List.copyOf(row));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A grid table. */
    public static Table grid(List<List<GridCell>> rows, SourceSpan span) {
        return new Table(rows, Kind.GRID, span);
    }

    /** A stream of cells in reading order. */
    public static Table stream(List<GridCell> cells, SourceSpan span) {
        return new Table(List.of(cells), Kind.STREAM, span);
    }

    /** A stream of cells cut out of running text, value cells possibly holding several cells. */
    public static Table glued(List<GridCell> cells, SourceSpan span) {
        return new Table(List.of(cells), Kind.GLUED, span);
    }

    /** The number of rows. */
    public int height() {
        return rows.size();
    }

    /** The widest row's number of cells. */
    public int width() {
        int w = 0;
        for (List<GridCell> r : rows) {
            w = Math.max(w, r.size());
        }
        return w;
    }
}
