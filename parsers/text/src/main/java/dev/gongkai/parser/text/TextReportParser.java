package dev.gongkai.parser.text;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.text.internal.TextDecoder;
import dev.gongkai.parser.text.internal.TextLayout;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
        byte[] bytes = read(in, (int) Math.min(context.maxBytes() + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > context.maxBytes()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "the document is larger than " + context.maxBytes() + " bytes");
        }
        DocumentDecoder.Decoded decoded = TextDecoder.decode(bytes, context.charset());
        ParseResult result = TemplateInterpreter.interpret(TextLayout.blocks(decoded.text()), context, NAME);
        if (!decoded.repaired()) {
            return result;
        }
        List<Problem> problems = new ArrayList<>(result.problems().size() + 1);
        problems.add(decoded.problemByLine());
        problems.addAll(result.problems());
        return new ParseResult(result.report(),
                problems.subList(0, Math.min(problems.size(), context.maxProblems())), NAME);
    }

    /**
     * At most {@code limit} bytes of a stream. When the stream tells how many bytes it has, they are read
     * into one array of that size (reading in chunks of unknown total costs a copy of everything).
     */
    private static byte[] read(InputStream in, int limit) throws IOException {
        int hint = in.available();
        if (hint <= 0 || hint >= limit) {
            return in.readNBytes(limit);
        }
        byte[] head = new byte[hint];
        int n = in.readNBytes(head, 0, hint);
        int next = n == hint ? in.read() : -1;
        if (next < 0) {
            return n == hint ? head : Arrays.copyOf(head, n);
        }
        byte[] rest = in.readNBytes(limit - hint - 1);
        byte[] all = Arrays.copyOf(head, hint + 1 + rest.length);
        all[hint] = (byte) next;
        System.arraycopy(rest, 0, all, hint + 1, rest.length);
        return all;
    }
}
