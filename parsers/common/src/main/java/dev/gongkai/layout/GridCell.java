package dev.gongkai.layout;

import dev.gongkai.model.SourceSpan;
import java.util.Objects;

/**
 * One slot of a {@link Table}.
 *
 * @param text the cell's text as the document has it; several lines or paragraphs inside one cell
 *     joined with {@code \n}; {@code ""} for an empty cell ({@code &nbsp;} and white space only are
 *     empty)
 * @param span where the cell was read, or {@code null}
 * @param merged true when this slot is covered by a merged cell whose origin is another slot (a
 *     {@code rowspan}/{@code colspan}, {@code gridSpan}/{@code vMerge}, merged region, or a missing PDF
 *     ruling line); such a slot repeats the origin's text and must not be read as a second value
 * @since 0.1
 */
public record GridCell(String text, SourceSpan span, boolean merged) {
    public GridCell {
        Objects.requireNonNull(text, "text");
    }

    /** An ordinary cell. */
    public static GridCell of(String text, SourceSpan span) {
        return new GridCell(text, span, false);
    }

    /** True when the text is empty or white space only. */
    public boolean isEmpty() {
        return text.isBlank();
    }
}
