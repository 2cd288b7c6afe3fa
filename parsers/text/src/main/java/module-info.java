/**
 * The plain-text and Markdown reader: tab-per-line cells, pipe-terminated cells, Markdown tables.
 */
module dev.gongkai.parser.text {
    requires transitive dev.gongkai.parser.common;

    exports dev.gongkai.parser.text;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.text.TextReportParser;
}
