package dev.gongkai.cli.check;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses and validates files on a fixed pool of threads, streaming: at most twice as many files as
 * threads are in flight, each outcome goes to the sink as soon as it is ready and is then dropped, so
 * memory does not grow with the number of files. A bad file never stops the batch; a failing sink
 * (a full disk) does.
 *
 * <p>Which files are reports: project documentation (README, LICENSE …) is skipped by name; a file no
 * installed reader takes is skipped, unless its extension is one of a format gongkai reads
 * ({@link #REPORT_EXTENSIONS}: then it is unreadable, "wrong format"); a file of another extension
 * that a reader takes on a guess but finds no report in is skipped too. Every other failure to read is
 * a {@code document.unreadable} finding with its reason.
 */
public final class Batch {

    /** Extensions of the formats gongkai reads: such a file that no reader takes is unreadable, not skipped. */
    static final Set<String> REPORT_EXTENSIONS = Set.of(
            "txt", "text", "md", "htm", "html", "xhtml", "shtml", "doc", "docx", "xls", "xlsx", "pdf", "json",
            "png", "jpg", "jpeg", "tif", "tiff",
            "wps", "wpt", "et", "ett", "dps", "ofd", "odt", "ods", "ott", "ots", "fodt", "fods");

    /** Names (without extension, any case) of project documentation files: skipped, not read as reports. */
    static final Set<String> DOCUMENTATION = Set.of("readme", "license", "licence", "notice", "changelog", "copying", "contributing");

    private final Checker checker;
    private final int jobs;
    private final CrossYear crossYear = new CrossYear();

    public Batch(Checker checker, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.checker = checker;
        this.jobs = jobs;
    }

    /** The reports kept for the second pass (cross-year rules, duplicates). */
    public CrossYear crossYear() {
        return crossYear;
    }

    /** Checks every input, then runs the second pass (cross-year rules, duplicates) and finishes the sink. */
    public void run(Inputs inputs, Sink sink, Progress progress) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "gongkai-check");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(jobs * 2);
        AtomicReference<IOException> failure = new AtomicReference<>();
        Object order = new Object();
        try {
            inputs.walk(input -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        Outcome o = process(input);
                        sink.writeOwn(o);
                        synchronized (order) {
                            sink.accept(o);
                        }
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                        progress.step();
                    }
                });
            });
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        sink.finish(crossYear.run(checker));
    }

    /** Reads and checks one file; never throws for a bad document. */
    Outcome process(Input input) {
        String source = input.source();
        if (documentation(input)) {
            return Outcome.skipped(input, "a documentation file, not a report");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(input.file())) {
            head = in.readNBytes(DocumentProbe.HEAD_SIZE);
        } catch (IOException e) {
            return unreadable(input, "cannot read the file: " + e.getMessage());
        }
        DocumentProbe probe = new DocumentProbe(input.file().toString(), head);
        Optional<ReportParser> parser = Gongkai.parserFor(probe);
        if (parser.isEmpty()) {
            if (!REPORT_EXTENSIONS.contains(probe.extension())) {
                return Outcome.skipped(input, probe.extension().isEmpty() ? "no installed reader takes this file"
                        : "no installed reader takes ." + probe.extension() + " files");
            }
            return unreadable(input, head.length == 0 ? "no report template found: empty document"
                    : "wrong format: no installed reader takes this content");
        }
        ParseResult parsed;
        try {
            parsed = Gongkai.parse(input.file(), ParseContext.defaults().withFileName(source));
        } catch (UnreadableDocumentException e) {
            boolean notAReport = e.reason() == UnreadableDocumentException.Reason.NO_TEMPLATE
                    || e.reason() == UnreadableDocumentException.Reason.UNSUPPORTED_FORMAT;
            if (notAReport && !REPORT_EXTENSIONS.contains(probe.extension())) {
                return Outcome.skipped(input, "not a report (" + e.reason().text() + ")");
            }
            return Outcome.of(input, null, null, reason(e), checker.unreadable(input.source(), e));
        } catch (IOException | UncheckedIOException e) {
            return unreadable(input, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unreadable(input, "the " + parser.get().name() + " reader stopped on an unexpected error"
                    + " (a defect of gongkai: please report it with the file)");
        }
        Checked checked;
        try {
            checked = checker.check(source, parsed);
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(input, "validation stopped on an unexpected error (a defect of gongkai: please report"
                    + " it with the file)");
        }
        Outcome o = Outcome.of(input, parsed.parser(), parsed.report(), null, checked, ReaderNote.of(parsed.problems()));
        crossYear.add(YearKey.of(source, parsed.report(), o.status()));
        return o;
    }

    private static boolean documentation(Input input) {
        String n = input.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = n.indexOf('.');
        return DOCUMENTATION.contains(dot < 0 ? n : n.substring(0, dot));
    }

    /** What a reader saw and what to do, in English, for a person. */
    static String reason(UnreadableDocumentException e) {
        return e.reason().text() + ": " + e.getMessage() + ". " + e.explain(java.util.Locale.ENGLISH);
    }

    private Outcome unreadable(Input input, String reason) {
        return Outcome.of(input, null, null, reason, checker.unreadable(input.source(), reason));
    }
}
