package dev.gongkai.parser.office;

import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.office.internal.Extraction;
import dev.gongkai.parser.office.internal.OfficeFormat;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the four office parsers share: every one of them reads any of the four formats, judged by the
 * document's bytes; they differ in the name and in which documents they claim in
 * {@link #supports(DocumentProbe)}. The result names the format actually read. Thread-safe.
 *
 * @since 0.1
 */
public abstract sealed class OfficeParser implements ReportParser
        permits DocxParser, DocParser, XlsxParser, XlsParser {

    private final OfficeFormat format;

    OfficeParser(OfficeFormat format) {
        this.format = format;
    }

    @Override
    public final String name() {
        return format.parserName();
    }

    @Override
    public final int supports(DocumentProbe probe) {
        return OfficeFormat.score(format, probe);
    }

    /**
     * Reads the document (at most {@link ParseContext#maxBytes()} bytes), extracts its paragraphs and
     * tables and interprets them. The stream is consumed, not closed.
     *
     * @throws dev.gongkai.UnsupportedFormatException when the bytes are no Word or Excel document POI
     *     reads (Word 6/95, WPS Office's own format, OpenDocument, plain text)
     * @throws dev.gongkai.EncryptedDocumentException when the document is password-protected
     * @throws dev.gongkai.CorruptDocumentException when it is truncated or damaged
     */
    @Override
    public final ParseResult parse(InputStream in, ParseContext context) throws IOException {
        Extraction x = OfficeReader.read(in, context);
        ParseResult r = TemplateInterpreter.interpret(x.blocks(), context, x.format().parserName(), x.properties());
        if (x.problems().isEmpty()) {
            return r;
        }
        List<Problem> all = new ArrayList<>(x.problems());
        all.addAll(r.problems());
        return new ParseResult(r.report(), all, r.parser());
    }
}
