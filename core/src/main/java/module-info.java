/**
 * gongkai core: the report model, its codes, the canonical JSON codec and schema, and the parser SPI.
 */
module dev.gongkai.core {
    requires transitive com.fasterxml.jackson.databind;

    exports dev.gongkai;
    exports dev.gongkai.model;
    exports dev.gongkai.json;
    exports dev.gongkai.spi;

    uses dev.gongkai.spi.ReportParser;

    provides dev.gongkai.spi.ReportParser with dev.gongkai.json.internal.JsonReportParser;
}
