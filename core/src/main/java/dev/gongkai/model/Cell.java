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
 *   <li>{@code uncertainty}: {@code null} when the reader read the cell cleanly (a clean cell, or a
 *       value split from a glued run in the only way its row adds up); else the code of the reader's
 *       problem that makes it uncertain ({@code row-long}, {@code ambiguous-split}, {@code label-approximate},
 *       {@code ocr-low-confidence} …): a value realigned, chosen among several readings, or recognised with
 *       doubt, or a slot left missing because the reader could not place what it saw. Validation does not
 *       blame the report for a sum that takes in such a cell ({@code reading.uncertain}).
 * </ul>
 *
 * @since 0.1
 */
public record Cell(BigDecimal value, String raw, SourceSpan span, String uncertainty) {

    /** A cell the document does not have. */
    public static final Cell MISSING = new Cell(null, null, null, null);

    /** A cell read cleanly (no uncertainty). */
    public Cell(BigDecimal value, String raw, SourceSpan span) {
        this(value, raw, span, null);
    }

    public Cell {
        if (uncertainty != null && uncertainty.isBlank()) {
            throw new IllegalArgumentException("an uncertainty is a problem code, not blank");
        }
    }

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

    /** True when the reader read this cell cleanly. */
    public boolean isCertain() {
        return uncertainty == null;
    }

    /**
     * A copy marked uncertain with the reader's problem code; a cell already uncertain keeps its first
     * code. {@link #MISSING} marked uncertain is a slot the reader could not place a value in.
     */
    public Cell uncertain(String problem) {
        if (uncertainty != null) {
            return this;
        }
        return new Cell(value, raw, span, java.util.Objects.requireNonNull(problem, "problem"));
    }

    /** A copy read cleanly (no uncertainty). */
    public Cell certain() {
        return uncertainty == null ? this : new Cell(value, raw, span, null);
    }

    /** A copy with another span. */
    public Cell withSpan(SourceSpan newSpan) {
        return new Cell(value, raw, newSpan, uncertainty);
    }

    @Override
    public String toString() {
        String doubt = uncertainty == null ? "" : "?" + uncertainty;
        if (isMissing()) {
            return "missing" + doubt;
        }
        if (value == null) {
            return "blank(" + raw + ")" + doubt;
        }
        return value.toPlainString() + doubt;
    }
}
