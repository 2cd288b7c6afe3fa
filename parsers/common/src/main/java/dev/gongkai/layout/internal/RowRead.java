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
 */
public record RowRead(String label, SourceSpan span, List<Cell> values) {
    public RowRead {
        values = List.copyOf(values);
    }
}
