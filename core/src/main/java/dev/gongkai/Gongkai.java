package dev.gongkai;

import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The entry point: parse a document of any installed format into a report.
 *
 * <pre>{@code
 * ParseResult r = Gongkai.parse(Path.of("report.pdf"));
 * Report report = r.report();
 * }</pre>
 *
 * Parsers are found with {@link ServiceLoader}, once; the one chosen is the one that
 * {@linkplain ReportParser#supports supports} the document best, judged by its bytes first and its name
 * second.
 *
 * @since 0.1
 */
public final class Gongkai {

    private Gongkai() {}

    /** Parses a file with default options. */
    public static ParseResult parse(Path file) throws IOException {
        return parse(file, ParseContext.defaults());
    }

    /** Parses a file; the context's file name defaults to the file's. */
    public static ParseResult parse(Path file, ParseContext context) throws IOException {
        ParseContext ctx = context.fileName() == null ? context.withFileName(file.toString()) : context;
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, ctx);
        }
    }

    /** Parses a stream; the stream is consumed, not closed. */
    public static ParseResult parse(InputStream in, ParseContext context) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, DocumentProbe.HEAD_SIZE * 2);
        buffered.mark(DocumentProbe.HEAD_SIZE + 1);
        byte[] head = buffered.readNBytes(DocumentProbe.HEAD_SIZE);
        buffered.reset();
        if (head.length == 0) {
            throw new NoTemplateException("empty document" + where(context));
        }
        DocumentProbe probe = new DocumentProbe(context.fileName(), head);
        ReportParser parser = parserFor(probe).orElseThrow(() ->
                new UnsupportedFormatException("no installed parser reads this document" + where(context)
                        + "; installed: " + names()));
        return parser.parse(buffered, context);
    }

    /** The parser that fits a document best, if any. */
    public static Optional<ReportParser> parserFor(DocumentProbe probe) {
        ReportParser best = null;
        int bestScore = 0;
        for (ReportParser p : Installed.PARSERS) {
            int s = p.supports(probe);
            if (s > bestScore) {
                best = p;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The installed parsers, by name. */
    public static List<ReportParser> parsers() {
        return new ArrayList<>(Installed.PARSERS);
    }

    /** The parsers found once, on first use (parsers are thread-safe; looking them up reads every jar's services). */
    private static final class Installed {
        static final List<ReportParser> PARSERS = List.copyOf(load());
    }

    private static List<ReportParser> load() {
        List<ReportParser> out = new ArrayList<>();
        ServiceLoader.load(ReportParser.class, Gongkai.class.getClassLoader()).forEach(out::add);
        if (Gongkai.class.getModule().isNamed()) {
            ServiceLoader.load(Gongkai.class.getModule().getLayer(), ReportParser.class).forEach(p -> {
                if (out.stream().noneMatch(q -> q.getClass() == p.getClass())) {
                    out.add(p);
                }
            });
        }
        out.sort(Comparator.comparing(ReportParser::name));
        return out;
    }

    /** The installed parser of a name. */
    public static Optional<ReportParser> parser(String name) {
        return parsers().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static String where(ParseContext c) {
        return c.fileName() == null ? "" : " (" + c.fileName() + ")";
    }

    private static String names() {
        List<String> n = new ArrayList<>();
        for (ReportParser p : parsers()) {
            n.add(p.name());
        }
        return n.isEmpty() ? "none" : String.join(", ", n);
    }
}
