package dev.gongkai.validation;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a batch reads one file: whether it is a report at all (skipped), one that cannot be read
 * (unreadable, with a reason a person understands) or a report read. One policy for every batch —
 * {@code gongkai check} and the Spark job — so that both give every file the same verdict:
 * <ul>
 *   <li>project documentation (README, LICENSE …, by name) is skipped;
 *   <li>a file no installed reader takes is skipped, unless its extension is one of a format gongkai reads
 *       ({@link #REPORT_EXTENSIONS}): then it is unreadable ("wrong format");
 *   <li>a file of another extension that a reader takes on a guess but finds no report in is skipped;
 *   <li>every other failure to read — empty, truncated, junk, encrypted, a reader that fails — is
 *       unreadable, never an exception.
 * </ul>
 * Thread-safe.
 *
 * @since 0.2
 */
public final class DocumentCheck {

    /**
     * Extensions of the formats gongkai reads: such a file that no reader takes is unreadable, not skipped.
     * Images (.png, .jpg, .tif) are not among them: a folder of reports holds logos and figures too, so an
     * image the OCR reader finds no report in is skipped, while a damaged one is unreadable.
     */
    public static final Set<String> REPORT_EXTENSIONS = Set.of(
            "txt", "text", "md", "htm", "html", "xhtml", "shtml", "doc", "docx", "xls", "xlsx", "pdf", "json",
            "wps", "wpt", "et", "ett", "dps", "ofd", "odt", "ods", "ott", "ots", "fodt", "fods");

    /** Names (without extension, any case) of project documentation files: skipped, not read as reports. */
    public static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "notice", "changelog", "copying",
            "contributing");

    /** What became of a file. */
    public enum Kind {
        /** Not a report; not checked. */
        SKIPPED,
        /** Cannot be read as a report: a {@code document.unreadable} finding. */
        UNREADABLE,
        /** Read. */
        READ
    }

    /** Opens the file's bytes; may be called more than once. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * A file read.
     *
     * @param kind skipped, unreadable or read
     * @param parsed the report read and its reader's problems, or {@code null} unless read
     * @param reason why the file is skipped or unreadable, else {@code null}
     * @param error the reader's refusal when a reader refused the file, else {@code null}
     */
    public record Read(Kind kind, ParseResult parsed, String reason, UnreadableDocumentException error) {
        public Read {
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.READ) != (parsed != null)) {
                throw new IllegalArgumentException("a parse result exactly when read");
            }
        }

        /** A file skipped. */
        public static Read skipped(String reason) {
            return new Read(Kind.SKIPPED, null, reason, null);
        }

        /** A file that cannot be read. */
        public static Read unreadable(String reason) {
            return new Read(Kind.UNREADABLE, null, reason, null);
        }

        /** A file a reader refused. */
        public static Read unreadable(UnreadableDocumentException e) {
            return new Read(Kind.UNREADABLE, null, DocumentCheck.reason(e), e);
        }

        /**
         * The {@code document.unreadable} finding of an unreadable file: a reader's refusal explained in the
         * finding's language ({@link Finding#unreadable(UnreadableDocumentException)}), else the reason.
         */
        public Finding finding() {
            return error != null ? Finding.unreadable(error) : Finding.unreadable(reason);
        }
    }

    private DocumentCheck() {}

    /**
     * Reads one file.
     *
     * @param source the file's path or name as findings name it; its extension counts
     * @param fileName the file's own name (the last part of its path), for the documentation files
     * @param opener opens the file's bytes (twice: once for its first bytes, once to read it)
     */
    public static Read read(String source, String fileName, Opener opener) {
        if (documentation(fileName)) {
            return Read.skipped("a documentation file, not a report");
        }
        byte[] head;
        try (InputStream in = opener.open()) {
            head = in.readNBytes(DocumentProbe.HEAD_SIZE);
        } catch (IOException | UncheckedIOException e) {
            return Read.unreadable("cannot read the file: " + e.getMessage());
        }
        DocumentProbe probe = new DocumentProbe(source, head);
        Optional<ReportParser> parser = Gongkai.parserFor(probe);
        if (parser.isEmpty()) {
            if (!REPORT_EXTENSIONS.contains(probe.extension())) {
                return Read.skipped(probe.extension().isEmpty() ? "no installed reader takes this file"
                        : "no installed reader takes ." + probe.extension() + " files");
            }
            return Read.unreadable(head.length == 0 ? "no report template found: empty document"
                    : "wrong format: no installed reader takes this content");
        }
        try (InputStream in = opener.open()) {
            return new Read(Kind.READ, parse(parser.get(), head.length, in, ParseContext.defaults().withFileName(source)),
                    null, null);
        } catch (UnreadableDocumentException e) {
            boolean notAReport = e.reason() == UnreadableDocumentException.Reason.NO_TEMPLATE
                    || e.reason() == UnreadableDocumentException.Reason.UNSUPPORTED_FORMAT;
            if (notAReport && !REPORT_EXTENSIONS.contains(probe.extension())) {
                return Read.skipped("not a report (" + e.reason().text() + ")");
            }
            return Read.unreadable(e);
        } catch (IOException | UncheckedIOException e) {
            return Read.unreadable("cannot read the file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Read.unreadable("the " + parser.get().name() + " reader stopped on an unexpected error"
                    + " (a defect of gongkai: please report it with the file)");
        }
    }

    /**
     * Reads a document with the parser already chosen from its probe, as {@link Gongkai#parse(InputStream,
     * ParseContext)} would (the same stream handling), without building the probe and asking every parser again.
     * An empty document goes through {@code Gongkai.parse}, which refuses it.
     */
    private static ParseResult parse(ReportParser parser, int headLength, InputStream in, ParseContext context)
            throws IOException {
        if (headLength == 0) {
            return Gongkai.parse(in, context);
        }
        InputStream buffered = in instanceof java.io.ByteArrayInputStream || in instanceof java.io.BufferedInputStream
                ? in : new java.io.BufferedInputStream(in, DocumentProbe.HEAD_SIZE * 2);
        return parser.parse(buffered, context);
    }

    /** The reason a document is unreadable when validating it failed (a rule's bug, not the report's). */
    public static String validationFailed(Throwable e) {
        return "validation stopped on an unexpected error (a defect of gongkai: please report it with the file)";
    }

    /**
     * The reason of a file a reader refused, in English for the batch's summary: the kind, what the reader
     * saw, and what to do.
     */
    public static String reason(UnreadableDocumentException e) {
        return e.reason().text() + ": " + e.getMessage() + ". " + e.explain(Locale.ENGLISH);
    }

    private static boolean documentation(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.indexOf('.');
        return DOCUMENTATION.contains(dot < 0 ? n : n.substring(0, dot));
    }
}
