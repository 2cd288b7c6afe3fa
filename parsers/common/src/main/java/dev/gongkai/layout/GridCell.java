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
 * @param uncertainty {@code null} when the reader read the text cleanly; else a reader problem code
 *     (for instance text recognised from an image that no check confirms): the interpreter carries it
 *     to the {@link dev.gongkai.model.Cell} read from this slot, so a finding on it is given as
 *     {@code reading.uncertain}, never blamed on the report
 * @since 0.1
 */
public record GridCell(String text, SourceSpan span, boolean merged, String uncertainty) {
    public GridCell {
        Objects.requireNonNull(text, "text");
    }

    /** A slot read cleanly. */
    public GridCell(String text, SourceSpan span, boolean merged) {
        this(text, span, merged, null);
    }

    /**
     * This slot marked as not read with certainty; the first problem given is kept.
     *
     * @param problem a reader problem code, such as {@code ocr-low-confidence}
     * @since 0.2
     */
    public GridCell uncertain(String problem) {
        Objects.requireNonNull(problem, "problem");
        return uncertainty != null ? this : new GridCell(text, span, merged, problem);
    }

    /** True when the reader read this slot cleanly. */
    public boolean isCertain() {
        return uncertainty == null;
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
