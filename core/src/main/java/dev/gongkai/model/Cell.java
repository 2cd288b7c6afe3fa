package dev.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a table, exactly as read.
 *
 * <ul>
 *   <li>{@code value}: the number, exact; {@code null} when the cell is blank or missing. Blank is
 *       never 0. A count read as {@code 3.5} or {@code -2} stays so, for validation to report.
 *   <li>{@code raw}: the text the value was read from ({@code "0 "}, {@code "—"}, {@code "251000元"});
 *       {@code null} when the document has no cell here at all (missing, as opposed to blank).
 *   <li>{@code span}: where it was read, or {@code null} when unknown.
 * </ul>
 *
 * @since 0.1
 */
public record Cell(BigDecimal value, String raw, SourceSpan span) {

    /** A cell the document does not have. */
    public static final Cell MISSING = new Cell(null, null, null);

    /** A cell holding a number with no source (generated, or set by code). */
    public static Cell of(BigDecimal value) {
        return new Cell(Objects.requireNonNull(value, "value"), value.toPlainString(), null);
    }

    /** A cell holding a whole number with no source. */
    public static Cell of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** A cell holding a decimal given as text, e.g. {@code "6858.05"}. */
    public static Cell of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    /** A number read from a document. */
    public static Cell read(BigDecimal value, String raw, SourceSpan span) {
        return new Cell(Objects.requireNonNull(value, "value"), raw, span);
    }

    /** A blank cell read from a document: present, but holding no number ({@code ""}, {@code "—"}, {@code "无"}). */
    public static Cell blank(String raw, SourceSpan span) {
        return new Cell(null, raw == null ? "" : raw, span);
    }

    /** True when the cell holds no number (blank or missing). */
    public boolean isBlank() {
        return value == null;
    }

    /** True when the document has no cell here at all. */
    public boolean isMissing() {
        return value == null && raw == null;
    }

    /** True when both cells hold the same number (numerically: 5 equals 5.0) or are both blank. */
    public boolean sameValue(Cell other) {
        if (value == null || other.value == null) {
            return value == null && other.value == null;
        }
        return value.compareTo(other.value) == 0;
    }

    /** A copy with another span. */
    public Cell withSpan(SourceSpan newSpan) {
        return new Cell(value, raw, newSpan);
    }

    @Override
    public String toString() {
        if (isMissing()) {
            return "missing";
        }
        if (value == null) {
            return "blank(" + raw + ")";
        }
        return value.toPlainString();
    }
}
