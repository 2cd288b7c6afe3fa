package dev.gongkai.cli.check;

import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.DocumentCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final Set<String> REPORT_EXTENSIONS = DocumentCheck.REPORT_EXTENSIONS;

    /** Names (without extension, any case) of project documentation files: skipped, not read as reports. */
    static final Set<String> DOCUMENTATION = DocumentCheck.DOCUMENTATION;

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

    /** Reads and checks one file; never throws for a bad document. Which files are reports: {@link DocumentCheck}. */
    Outcome process(Input input) {
        String source = input.source();
        Path name = input.file().getFileName();
        DocumentCheck.Read read = DocumentCheck.read(source, name == null ? source : name.toString(),
                () -> Files.newInputStream(input.file()));
        if (read.kind() == DocumentCheck.Kind.SKIPPED) {
            return Outcome.skipped(input, read.reason());
        }
        if (read.kind() == DocumentCheck.Kind.UNREADABLE) {
            return unreadable(input, read.reason());
        }
        ParseResult parsed = read.parsed();
        Checked checked;
        try {
            checked = checker.check(source, parsed);
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(input, DocumentCheck.validationFailed(e));
        }
        Outcome o = Outcome.of(input, parsed.parser(), parsed.report(), null, checked, ReaderNote.of(parsed.problems()));
        crossYear.add(YearKey.of(source, parsed.report(), o.status()));
        return o;
    }

    private Outcome unreadable(Input input, String reason) {
        return Outcome.of(input, null, null, reason, checker.unreadable(input.source(), reason));
    }
}
