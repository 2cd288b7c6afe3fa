/**
 * The OFD reader (GB/T 33190-2016): text objects with positions and path objects through ofdrw, tables
 * rebuilt from the ruled grid, handed to the shared template interpreter.
 */
module dev.gongkai.parser.ofd {
    requires dev.gongkai.parser.common;
    requires ofdrw.reader;
    requires ofdrw.core;
    requires ofdrw.pkg;
    requires org.dom4j;
    requires java.desktop;

    exports dev.gongkai.parser.ofd;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.parser.ofd.OfdParser;
}
