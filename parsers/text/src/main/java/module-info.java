/**
 * The plain-text and Markdown reader: tab-per-line cells, pipe-terminated cells, Markdown tables.
 */
module dev.gongkai.parser.text {
    requires transitive dev.gongkai.parser.common;

    exports dev.gongkai.parser.text;
    // the HTML reader hands <pre> blocks and Markdown rows found in pages to the same text layout
    exports dev.gongkai.parser.text.internal to dev.gongkai.parser.html;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.text.TextReportParser;
}
