package dev.gongkai.json.internal;

import dev.gongkai.json.ReportJson;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The canonical JSON as a readable format like any other, so systems that hold the numbers in their own
 * forms can validate without a document. Not API: registered with {@link java.util.ServiceLoader} as
 * parser {@code json}.
 */
public final class JsonReportParser implements ReportParser {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public int supports(DocumentProbe probe) {
        if (probe.startsWithAscii("{") && probe.headAscii().contains(ReportJson.SCHEMA_ID)) {
            return 90;
        }
        return probe.extension().equals("json") && probe.startsWithAscii("{") ? 40 : 0;
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        return new ParseResult(ReportJson.read(in), List.of(), name());
    }
}
