package dev.gongkai.layout.internal;

import dev.gongkai.model.Cell;
import dev.gongkai.model.SourceSpan;
import java.util.List;

/**
 * One table row as read: its label text, where the label stood, and its values in document order.
 *
 * @param label the label cell's text
 * @param span where the label was read, or {@code null}
 * @param values the values after the label (blank cells included)
 * @param stream true when the row came from a cell stream, where a blank cell may leave no trace (a
 *     short row's blanks could then stand anywhere in it); false for a grid row, whose cells are the
 *     document's own (a row with fewer cells has them from its left edge on)
 * @param doubt the problem code that makes every value of the row uncertain ({@code label-approximate}),
 *     or {@code null}
 * @param strayText true when a page mark ({@code — 5 —}) stood among the row's cells and was skipped
 * @param overfull true for a grid row with more cells than the table's rows have (a cell that is not
 *     the table's among them); a grid row as wide as the others has no cell the table lacks
 */
public record RowRead(String label, SourceSpan span, List<Cell> values, boolean stream, String doubt,
        boolean strayText, boolean overfull) {
    public RowRead {
        values = List.copyOf(values);
    }

    /** A row without a page mark. */
    public RowRead(String label, SourceSpan span, List<Cell> values, boolean stream, String doubt) {
        this(label, span, values, stream, doubt, false, false);
    }

    /** A grid row read without doubt. */
    public RowRead(String label, SourceSpan span, List<Cell> values) {
        this(label, span, values, false, null, false, false);
    }

    /** The same row with other values. */
    RowRead with(List<Cell> newValues) {
        return new RowRead(label, span, newValues, stream, doubt, strayText, overfull);
    }
}
