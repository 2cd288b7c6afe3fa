package dev.gongkai.cli.check;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.DocumentCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parses and validates files on a pool of threads, streaming. The walk hands files to the workers,
 * with a bounded number of them between the walk and the outputs; the workers parse, validate and
 * write each file's own output (its canonical JSON); one writer thread takes the outcomes in the
 * order of the walk and hands them to the sink (the journal, the counts, the console), so the workers
 * never wait on a shared output and the outputs do not depend on which thread finished first. Memory
 * does not grow with the number of files but for the little the second pass keeps per report
 * ({@link YearKey}). A bad file never stops the batch; a failing sink (a full disk) does.
 *
 * <p>A file whose reading takes longer than the timeout becomes {@code document.unreadable} ("timed out
 * after N s"); its thread, which a reader may hold in a loop that cannot be interrupted, is abandoned
 * and a new one takes its place ({@link Workers}). When resuming, a file whose content has the hash an
 * earlier run of the same configuration recorded is not read again: its outcome is restored from the
 * {@link Journal}.
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

    /** The default per-file limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Checker checker;
    private final int jobs;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Journal journal;
    private boolean hashing;
    private dev.gongkai.validation.OrganHierarchy hierarchy = dev.gongkai.validation.OrganHierarchy.NONE;
    private final java.util.concurrent.atomic.AtomicLong restored = new java.util.concurrent.atomic.AtomicLong();

    private Path spillDir;

    public Batch(Checker checker, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.checker = checker;
        this.jobs = jobs;
    }

    /** The time a file may take; {@link Duration#ZERO} for no limit. */
    public Batch timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /**
     * Hashes every file's content (for the journal) and, when the journal holds an earlier run's
     * entries, restores the outcome of every file whose content is unchanged instead of reading it.
     */
    public Batch journal(Journal j) {
        this.journal = j;
        this.hashing = j != null;
        return this;
    }

    /** The hierarchy of organs the second pass gives each report's subordinates by ({@code batch.hierarchy-sum}). */
    public Batch hierarchy(dev.gongkai.validation.OrganHierarchy h) {
        this.hierarchy = java.util.Objects.requireNonNull(h, "hierarchy");
        return this;
    }

    /**
     * Where the second pass spills what it keeps per report ({@code null}, the default: the temporary
     * folder of the system). Spills that a killed batch left there are deleted when a batch starts.
     */
    public Batch spillDir(Path dir) {
        this.spillDir = dir;
        return this;
    }

    /** How many files were restored from the journal of an earlier run rather than read. */
    public long restored() {
        return restored.get();
    }

    /** Checks every input, then runs the second pass (cross-year rules, duplicates) and finishes the sink. */
    public void run(Inputs inputs, Sink sink, Progress progress) throws IOException, InterruptedException {
        Spill.clean(spillDir);
        try (CrossYear crossYear = new CrossYear(spillDir, hierarchy)) {
            run(inputs, sink, progress, crossYear);
        }
    }

    private void run(Inputs inputs, Sink sink, Progress progress, CrossYear crossYear) throws IOException, InterruptedException {
        int window = Math.max(64, jobs * 16);
        Semaphore ahead = new Semaphore(window);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Writer writer = new Writer(sink, crossYear, progress, ahead, failure);
        Workers workers = new Workers(jobs, timeout, this::compute, sink::writeOwn, writer::deliver, this::timedOut);
        writer.start();
        long[] seq = {0};
        try {
            inputs.walk(input -> {
                if (failure.get() != null) {
                    throw new IOException("the batch stopped", failure.get());
                }
                Journal.Entry earlier = journal == null || !journal.resuming() ? null : journal.earlier(input.outName(), inputs::compare);
                ahead.acquireUninterruptibly();
                workers.submit(new Task(seq[0]++, input, earlier));
            });
        } finally {
            writer.end(seq[0]);
            writer.join();
            workers.shutdown();
        }
        Throwable f = failure.get();
        if (f != null) {
            if (f instanceof IOException e) {
                throw e;
            }
            throw new IOException("the batch stopped: " + f, f);
        }
        java.util.concurrent.CompletableFuture<Void> broken = new java.util.concurrent.CompletableFuture<>();
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "gongkai-batch");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> broken.completeExceptionally(e));
            return t;
        });
        try {
            sink.finish(crossYear.run(checker, pool, broken));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file handed to a worker. */
    record Task(long seq, Input input, Journal.Entry earlier) {}

    /** A worker's result: the outcome, or what stopped the batch. */
    record Done(long seq, Outcome outcome, Throwable failure) {}

    /** What a worker does with a file: restores or reads it, and writes its own output. */
    private Outcome compute(Task t) {
        return hashing ? withHash(t) : process(t.input());
    }

    private Outcome withHash(Task t) {
        if (t.earlier() != null) {
            String hash = hash(t.input());
            if (hash != null && hash.equals(t.earlier().hash())) {
                restored.incrementAndGet();
                return Outcome.restored(t.input(), t.earlier().row(), t.earlier().key(), hash);
            }
        }
        return process(t.input());
    }

    private Outcome timedOut(Task t) {
        String reason = "timed out after " + seconds(timeout) + " s: reading the file took longer than --timeout";
        return unreadable(t.input(), reason).withHash(hashing ? hash(t.input()) : null);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    /** Reads and checks one file; never throws for a bad document. Which files are reports: {@link DocumentCheck}. */
    Outcome process(Input input) {
        byte[] content = Content.read(input.file());
        String source = input.source();
        Path name = input.file().getFileName();
        DocumentCheck.Read read = DocumentCheck.read(source, name == null ? source : name.toString(),
                content != null ? () -> new ByteArrayInputStream(content) : () -> Files.newInputStream(input.file()));
        if (read.kind() == DocumentCheck.Kind.SKIPPED) {
            return withHash(Outcome.skipped(input, read.reason()), content);
        }
        if (read.kind() == DocumentCheck.Kind.UNREADABLE) {
            return withHash(read.error() != null
                    ? Outcome.of(input, null, null, read.reason(), checker.unreadable(source, read.error()))
                    : unreadable(input, read.reason()), content);
        }
        ParseResult parsed = read.parsed();
        Checked checked;
        try {
            checked = checker.check(source, parsed);
        } catch (RuntimeException | StackOverflowError e) {
            return withHash(unreadable(input, DocumentCheck.validationFailed(e)), content);
        }
        Outcome o = Outcome.of(input, parsed.parser(), parsed.report(), null, checked, ReaderNote.of(parsed.problems()));
        return withHash(o, content);
    }

    /** The outcome with its content's hash (when hashing), from the bytes already read if there are. */
    private Outcome withHash(Outcome o, byte[] content) {
        if (!hashing) {
            return o;
        }
        return o.withHash(content != null ? hash(content) : hash(o.input()));
    }

    /** The SHA-256 of bytes held (hex). */
    static String hash(byte[] content) {
        MessageDigest d = sha256();
        d.update(content);
        return HexFormat.of().formatHex(d.digest());
    }

    /** The SHA-256 of a file's content, or {@code null} when it cannot be read. */
    static String hash(Input input) {
        MessageDigest d = sha256();
        try (InputStream in = Files.newInputStream(input.file())) {
            byte[] buf = new byte[1 << 14];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a reader saw and what to do, in English, for a person. */
    static String reason(UnreadableDocumentException e) {
        return DocumentCheck.reason(e);
    }

    private Outcome unreadable(Input input, String reason) {
        return Outcome.of(input, null, null, reason, checker.unreadable(input.source(), reason));
    }

    /**
     * The one thread that hands outcomes to the sink, in the order of the walk: outcomes that finish
     * early wait in a reorder buffer, bounded by the walk's window.
     */
    private static final class Writer extends Thread {
        private static final long IDLE_MILLIS = 500;
        private final Sink sink;
        private final CrossYear crossYear;
        private final Progress progress;
        private final Semaphore ahead;
        private final AtomicReference<Throwable> failure;
        private final BlockingQueue<Done> queue = new LinkedBlockingQueue<>();
        private final java.util.Map<Long, Done> waiting = new java.util.HashMap<>();
        private volatile long total = Long.MAX_VALUE;

        Writer(Sink sink, CrossYear crossYear, Progress progress, Semaphore ahead, AtomicReference<Throwable> failure) {
            super("gongkai-writer");
            setDaemon(true);
            this.sink = sink;
            this.crossYear = crossYear;
            this.progress = progress;
            this.ahead = ahead;
            this.failure = failure;
        }

        void deliver(Done d) {
            queue.add(d);
        }

        /** No more files than {@code count} will come. */
        void end(long count) {
            total = count;
            queue.add(new Done(-1, null, null));
        }

        @Override
        public void run() {
            long next = 0;
            try {
                while (next < total) {
                    Done d = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                    if (d == null) {
                        sink.idle();
                        continue;
                    }
                    if (d.failure() != null) {
                        throw d.failure();
                    }
                    if (d.seq() < 0) {
                        continue;
                    }
                    waiting.put(d.seq(), d);
                    for (Done n = waiting.remove(next); n != null; n = waiting.remove(next)) {
                        sink.accept(n.outcome());
                        crossYear.add(n.outcome().key());
                        ahead.release();
                        progress.step();
                        next++;
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                ahead.release(Integer.MAX_VALUE / 2); // the walk must not wait for a writer that stopped
            }
        }
    }
}
