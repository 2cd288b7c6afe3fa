package dev.gongkai.parser.html.internal;

/** Bounds that keep hostile pages from exhausting time or memory. */
final class Limits {

    /** Element depth kept by the HTML parser; deeper elements are attached higher up. */
    static final int MAX_DEPTH = 256;

    /** Markup tags a page may have before it is refused as too large (a long report has ~50,000). */
    static final int MAX_TAGS = 1_000_000;

    /** Columns kept of one table; a report's widest table has 15. */
    static final int MAX_COLUMNS = 256;

    /** Rows kept of one table. */
    static final int MAX_ROWS = 10_000;

    /** Slots (rows × columns after expanding merged cells) kept of one table. */
    static final int MAX_SLOTS = 500_000;

    /** The largest {@code colspan} honoured, as in the HTML standard. */
    static final int MAX_COLSPAN = 1_000;

    /** Characters of text kept of one table cell. */
    static final int MAX_CELL_TEXT = 10_000;

    private Limits() {}
}
