/**
 * The HTML reader: web pages (saved whole, as fragments, or exported from Word) turned into blocks for
 * the shared template interpreter. Exports nothing; use it through {@link dev.gongkai.Gongkai}.
 */
module dev.gongkai.parser.html {
    requires dev.gongkai.parser.common;
    requires dev.gongkai.parser.text;
    requires org.jsoup;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.html.internal.HtmlReportParser;
}
