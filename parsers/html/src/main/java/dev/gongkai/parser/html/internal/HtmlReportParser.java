package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code html} parser: web pages saved whole, bare fragments and Word-exported HTML. It decodes
 * the page, finds the report on it, turns it into blocks and hands them to the
 * {@link TemplateInterpreter}. Thread-safe.
 */
public final class HtmlReportParser implements ReportParser {

    /** The parser's name. */
    public static final String NAME = "html";

    static final int SCORE_MARKUP_START = 80;
    static final int SCORE_MARKUP_INSIDE = 60;
    static final int SCORE_EXTENSION = 40;

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml", "mhtml", "mht", "jsp", "asp", "aspx", "php");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int supports(DocumentProbe probe) {
        int markup = probe.startsWith((byte) 0xFF, (byte) 0xFE) || probe.startsWith((byte) 0xFE, (byte) 0xFF)
                ? markup(headText(probe).toLowerCase(Locale.ROOT)) : AsciiMarkers.markup(probe.headAscii());
        if (markup > 0) {
            return markup;
        }
        return EXTENSIONS.contains(probe.extension()) ? SCORE_EXTENSION : 0;
    }

    /** The score of a head's markup, the head lower-cased; 0 when it has none. */
    static int markup(String head) {
        String start = head.stripLeading();
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return SCORE_MARKUP_START;
        }
        if (head.contains("<html") || head.contains("<body") || head.contains("<table")
                || head.contains("multipart/related") && head.contains("text/html")) {
            return SCORE_MARKUP_INSIDE;
        }
        return 0;
    }

    /** The head as text: UTF-16 by its byte order mark, else ISO-8859-1 without a UTF-8 byte order mark. */
    static String headText(DocumentProbe probe) {
        byte[] head = probe.head();
        if (probe.startsWith((byte) 0xFF, (byte) 0xFE)) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (probe.startsWith((byte) 0xFE, (byte) 0xFF)) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        String ascii = probe.headAscii();
        return ascii.startsWith("\u00ef\u00bb\u00bf") ? ascii.substring(3) : ascii;
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        String headerCharset = null;
        String what = "the page";
        if (Mhtml.is(bytes)) {
            Mhtml.Part part = Mhtml.html(bytes);
            bytes = part.bytes();
            headerCharset = part.charset();
            what = "the page's HTML part";
        }
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, context.charset(), headerCharset, what);
        ProblemList problems = ProblemList.tracking(context.maxProblems());
        decoded.problems().forEach(problems::add);
        HtmlBlocks.Page page = HtmlBlocks.page(decoded.text(), problems);
        ParseResult result = TemplateInterpreter.interpret(page.blocks(), context, NAME, page.properties());
        if (problems.isEmpty()) {
            return result;
        }
        List<Problem> all = new ArrayList<>(problems.list());
        all.addAll(result.problems());
        int max = context.maxProblems();
        return new ParseResult(result.report(), all.size() > max ? all.subList(0, max) : all, result.parser());
    }
}
