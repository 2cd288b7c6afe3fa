package dev.gongkai.parser.text;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.text.internal.TextDecoder;
import dev.gongkai.parser.text.internal.TextLayout;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads reports given as plain text or Markdown. The charset is the context's when given, else a BOM,
 * else strict UTF-8, else UTF-16 by its zero bytes, else GB18030 — never the platform's. Thread-safe.
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
        byte[] bytes = in.readNBytes((int) Math.min(context.maxBytes() + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > context.maxBytes()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "the document is larger than " + context.maxBytes() + " bytes");
        }
        String text = TextDecoder.decode(bytes, context.charset());
        return TemplateInterpreter.interpret(TextLayout.blocks(text), context, NAME);
    }
}
