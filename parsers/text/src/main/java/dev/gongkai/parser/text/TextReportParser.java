package dev.gongkai.parser.text;

import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.layout.internal.Radicals;
import dev.gongkai.parser.text.internal.TextDecoder;
import dev.gongkai.parser.text.internal.TextLayout;
import dev.gongkai.spi.DocumentInput;
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
 * Reads reports given as plain text or Markdown. The charset is a BOM's, else the context's when given,
 * else the one of UTF-8, UTF-16 (by its zero bytes) and GB18030 that decodes the bytes best — never the
 * platform's. Bytes that cannot be decoded (a cut character) are replaced and reported as
 * {@code encoding-repaired} with the line and column of the first; a document mostly undecodable is
 * refused ({@link DocumentDecoder}). Thread-safe.
 *
 * @since 0.1
 */
public final class TextReportParser implements ReportParser {

    /** The parser's name, {@code "text"}. */
    public static final String NAME = "text";

    /**
     * The most bytes a text document may have (16 MB; a report's text is some 10 to 100 KB, a crawled page's
     * dump some MB): a larger one is refused as too large at once rather than read for minutes. A caller's
     * lower {@link ParseContext#maxBytes()} applies.
     */
    public static final long MAX_BYTES = 16L << 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int supports(DocumentProbe probe) {
        String ext = probe.extension();
        boolean text = TextDecoder.looksLikeText(probe.head());
        if (ext.equals("txt") || ext.equals("md") || ext.equals("markdown") || ext.equals("text")) {
            return text ? 50 : 20;
        }
        return text ? 5 : 0;
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context.withMaxBytes(Math.min(context.maxBytes(), MAX_BYTES)));
        DocumentDecoder.Decoded decoded = TextDecoder.decode(bytes, context.charset());
        ParseResult result = TemplateInterpreter.interpret(
                TextLayout.blocks(Radicals.ideographs(decoded.text())), context, NAME); // ⼈⺠ copied out of a PDF: 人民
        if (!decoded.repaired()) {
            return result;
        }
        List<Problem> problems = new ArrayList<>(result.problems().size() + 1);
        problems.add(decoded.problemByLine());
        problems.addAll(result.problems());
        return new ParseResult(result.report(),
                problems.subList(0, Math.min(problems.size(), context.maxProblems())), NAME);
    }
}
