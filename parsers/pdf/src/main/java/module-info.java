/**
 * The PDF reader: text with positions and ruling lines from PDFBox, tables rebuilt from ruled grids
 * (or from column alignment), handed to the shared template interpreter.
 */
module dev.gongkai.parser.pdf {
    requires dev.gongkai.parser.common;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.desktop;

    exports dev.gongkai.parser.pdf;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.pdf.PdfReportParser;
}
