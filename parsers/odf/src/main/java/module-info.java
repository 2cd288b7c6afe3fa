/**
 * The OpenDocument reader (.odt, .ods, .fodt, .fods): paragraphs and tables with spans from the ODF
 * XML, read with the JDK's StAX parser hardened, handed to the shared template interpreter.
 */
module dev.gongkai.parser.odf {
    requires dev.gongkai.parser.common;
    requires java.xml;

    exports dev.gongkai.parser.odf;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.odf.OdfParser;
}
