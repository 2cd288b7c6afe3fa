/**
 * Word (.docx, .doc) and spreadsheet (.xlsx, .xls) readers on Apache POI. They turn a document into the
 * block form of {@code dev.gongkai.parser.common} and hand it to the template interpreter.
 */
module dev.gongkai.parser.office {
    requires transitive dev.gongkai.parser.common;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.scratchpad;
    requires java.xml;

    exports dev.gongkai.parser.office;

    provides dev.gongkai.spi.ReportParser with
            dev.gongkai.parser.office.DocxParser,
            dev.gongkai.parser.office.DocParser,
            dev.gongkai.parser.office.XlsxParser,
            dev.gongkai.parser.office.XlsParser;
}
