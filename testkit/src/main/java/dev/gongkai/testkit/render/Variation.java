package dev.gongkai.testkit.render;

/**
 * A departure from the template's exact wording or layout that real reports show (SPEC §5). A
 * {@link Rendering} lists the ones it applied, to explain a reader's failure.
 *
 * @since 0.1
 */
public enum Variation {
    /** 结果维护 for 结果维持 in table 四. */
    RESULT_MAINTAINED,
    /** 合计 for 总计 in the header of table 三. */
    HEJI_FOR_TOTAL,
    /** 只记 for 只计 (and 不记 for 不计) in （二）部分公开. */
    ZHIJI,
    /** 信访投诉举报类申请 for 信访举报投诉类申请. */
    COMPLAINT_WORDING,
    /** 规范性文件 for 行政规范性文件 (edition 2021). */
    NORMATIVE_WITHOUT_ADMINISTRATIVE,
    /** ASCII brackets and colons {@code ( ) :} in headings, labels and the preamble. */
    ASCII_PUNCTUATION,
    /** Spaces inside labels: 自 然人, 规    章. */
    SPACES_IN_LABELS,
    /** Line breaks inside row labels. */
    BREAKS_IN_LABELS,
    /** Full-width digits (０–９) in table cells. */
    FULLWIDTH_DIGITS,
    /** Zero cells written with a leading or trailing space ({@code " 0"}, {@code "0 "}). */
    PADDED_ZERO,
    /** Section 五's heading without its numeral. */
    MISSING_NUMERAL,
    /** No preamble between the title and section 一. */
    NO_PREAMBLE,
    /** The title broken over two lines. */
    TITLE_TWO_LINES,
    /** No title line; the preamble names the report 《…》. */
    TITLE_IN_PREAMBLE,
    /** Longer section headings (二、行政机关主动公开政府信息情况 …). */
    LONG_HEADINGS,
    /** Markdown: a table split into several, with page footers ({@code — 3 —}) between the parts. */
    SPLIT_TABLES,
    /** Markdown: the header row repeated at the start of each part of a split table. */
    REPEATED_HEADER,
    /** HTML: the report inside a page with navigation, breadcrumbs and share widgets. */
    PAGE_CHROME,
    /** HTML: blank cells written {@code &nbsp;}. */
    NBSP_BLANKS
}
