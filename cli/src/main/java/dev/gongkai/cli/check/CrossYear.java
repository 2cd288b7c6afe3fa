package dev.gongkai.cli.check;

import dev.gongkai.validation.BatchPairing;
import dev.gongkai.model.Report;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.ReportDigest;
import dev.gongkai.validation.SubordinateIndex;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * The second pass of a batch: collects a {@link YearKey} per report while the batch runs, then pairs them
 * as the library does ({@link BatchPairing}: organs under their several names, consecutive years only,
 * duplicates never previous/next year) and runs, for each report that meets another, the cross-year
 * rules against its previous year's report and {@code batch.duplicate} against the same organ's other
 * documents of the same year. Keys are taken in the order of their source paths, so when an organ's
 * previous year has duplicates the one of the smallest path is the previous year's report. Thread-safe
 * while collecting.
 *
 * <p>What the pass keeps per report lies on disk ({@link Spill}, a temporary file deleted when the pass is
 * closed, in the folder given or the system's temporary folder): the heap holds the source, the organ name (one string per distinct name) and year, and an
 * offset per report; the findings the pass adds are spilled too, with an offset per report that has
 * some. Close it once the findings have been read.
 *
 * <p>With a hierarchy of organs ({@code --hierarchy}), a report also meets its subordinates
 * ({@link SubordinateIndex}: the first report of each subordinate organ and the same year) for
 * {@code batch.hierarchy-sum}; their digests are read back from the same file.
 */
public final class CrossYear implements Closeable {

    /**
     * The findings of the second pass for one report.
     *
     * @param checked the findings
     * @param organ the organ as written
     * @param before the report's status before them
     * @param after its status with them
     */
    public record Added(Checked checked, String organ, Status before, Status after) {

        byte[] record() {
            return new Records.Out().string(organ).number(before.ordinal()).number(after.ordinal())
                    .string(checked.findingsJson()).issues(checked.issues()).bytes();
        }

        static Added of(byte[] record) {
            Records.In in = new Records.In(record);
            String organ = in.string();
            Status before = Status.values()[in.number()];
            Status after = Status.values()[in.number()];
            String json = in.string();
            return new Added(new Checked(in.issues(), json), organ, before, after);
        }
    }

    /** What the second pass found; its findings are read back from disk until the pass is closed. */
    public static final class Result {
        /** Nothing: no report met another. */
        public static final Result EMPTY = new Result(null, Map.of(), List.of(), 0, 0, 0, List.of());

        private final Spill spill;
        private final Map<String, Long> offsets;
        private final List<String> order;
        private final int organs;
        private final int yearPairs;
        private final int compared;
        private final List<List<String>> duplicates;

        private Result(Spill spill, Map<String, Long> offsets, List<String> order, int organs, int yearPairs,
                int compared, List<List<String>> duplicates) {
            this.spill = spill;
            this.offsets = offsets;
            this.order = order;
            this.organs = organs;
            this.yearPairs = yearPairs;
            this.compared = compared;
            this.duplicates = duplicates;
        }

        /** The findings the pass added to a source, or {@code null} when none. */
        public Added added(String source) {
            Long at = offsets.get(source);
            if (at == null) {
                return null;
            }
            try {
                return Added.of(spill.read(at));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the pass added no finding. */
        public boolean isEmpty() {
            return offsets.isEmpty();
        }

        /** How many reports the pass added findings to. */
        public int size() {
            return offsets.size();
        }

        /** Each source with the findings the pass added to it, in source order, one at a time. */
        public void forEach(BiConsumer<String, Added> each) {
            for (String s : order) {
                each.accept(s, added(s));
            }
        }

        /** How many distinct organs the reports with a year name. */
        public int organs() {
            return organs;
        }

        /** How many year pairs (an organ's year and the year before) were compared. */
        public int yearPairs() {
            return yearPairs;
        }

        /** How many reports were checked against their previous year's report. */
        public int compared() {
            return compared;
        }

        /** The groups of documents that are one organ's report of one year, as source paths. */
        public List<List<String>> duplicates() {
            return duplicates;
        }
    }

    private static final int CHUNK = 256;

    private final Path spillDir;
    private Spill keys;
    private Spill added;
    private final List<String> sources = new ArrayList<>();
    private final List<String> organs = new ArrayList<>();
    private final Map<String, String> organNames = new HashMap<>();
    private int[] years = new int[1024];
    private long[] offsets = new long[1024];
    private final OrganHierarchy hierarchy;

    /** A pass without a hierarchy of organs that spills to the temporary folder of the system. */
    public CrossYear() {
        this(null, OrganHierarchy.NONE);
    }

    /** A pass without a hierarchy of organs that spills to a folder ({@code null}: the system's temporary folder). */
    public CrossYear(Path spillDir) {
        this(spillDir, OrganHierarchy.NONE);
    }

    /**
     * A pass that spills to a folder ({@code null}: the temporary folder of the system) and also gives
     * each report its subordinates under the hierarchy ({@code batch.hierarchy-sum}).
     */
    public CrossYear(Path spillDir, OrganHierarchy hierarchy) {
        this.spillDir = spillDir;
        this.hierarchy = java.util.Objects.requireNonNull(hierarchy, "hierarchy");
    }

    /** Keeps a report's key (reports without organ or year have none and are not compared). */
    public void add(YearKey key) {
        if (key == null) {
            return;
        }
        ReportDigest g = key.digest();
        byte[] raw = new Records.Out().string(g.edition()).number(g.collapsed() ? 1 : 0).string(g.unmapped())
                .number(key.status().ordinal()).string(g.cells()).bytes();
        byte[] deflated = Spill.deflate(raw);
        synchronized (this) {
            try {
                if (keys == null) {
                    keys = new Spill(spillDir, "keys");
                }
                int n = sources.size();
                if (n == years.length) {
                    years = Arrays.copyOf(years, n * 2);
                    offsets = Arrays.copyOf(offsets, n * 2);
                }
                offsets[n] = keys.append(deflated, raw.length);
                years[n] = key.year();
                sources.add(key.source());
                organs.add(organNames.computeIfAbsent(key.organ(), o -> o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many reports were kept for the pass. */
    public synchronized int size() {
        return sources.size();
    }

    private YearKey key(int i) {
        try {
            Records.In in = new Records.In(keys.read(offsets[i]));
            String edition = in.string();
            boolean collapsed = in.number() == 1;
            String unmapped = in.string();
            Status status = Status.values()[in.number()];
            String cells = in.string();
            return new YearKey(sources.get(i), new ReportDigest(organs.get(i), years[i], edition, collapsed, unmapped, cells),
                    status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pairs the reports and runs the rules over those that meet another, on the calling thread. */
    public Result run(Checker checker) throws IOException {
        return run(checker, Runnable::run);
    }

    /**
     * Pairs the reports and runs the rules over those that meet another, the reports shared out among
     * the executor's threads; the result does not depend on how many there are. An error on any of the
     * threads (out of memory included) ends the pass with that error.
     */
    public Result run(Checker checker, Executor executor) throws IOException {
        return run(checker, executor, new CompletableFuture<>());
    }

    /**
     * {@link #run(Checker, Executor)}, ended early when {@code broken} completes exceptionally (a thread of
     * the executor died of an error outside the tasks, so that a task may never complete).
     */
    public synchronized Result run(Checker checker, Executor executor, CompletableFuture<?> broken) throws IOException {
        int n = sources.size();
        if (n == 0) {
            return Result.EMPTY;
        }
        keys.flush();
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.comparing(sources::get));
        int[] sorted = new int[n];
        List<String> organOrder = new ArrayList<>(n);
        List<Integer> yearOrder = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            sorted[k] = boxed[k];
            organOrder.add(organs.get(sorted[k]));
            yearOrder.add(years[sorted[k]]);
        }
        boxed = null;
        BatchPairing pairing = BatchPairing.of(organOrder, yearOrder);
        SubordinateIndex subordinates = SubordinateIndex.of(hierarchy, organOrder, yearOrder);
        organOrder = null;
        yearOrder = null;
        added = new Spill(spillDir, "added");
        long[] at = new long[n];
        Arrays.fill(at, -1);
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK) {
            int lo = from;
            int hi = Math.min(n, from + CHUNK);
            parts.add(CompletableFuture.runAsync(() -> {
                for (int k = lo; k < hi; k++) {
                    Added a = added(checker, sorted, pairing, subordinates, k);
                    if (a != null) {
                        byte[] raw = a.record();
                        try {
                            at[k] = added.append(Spill.deflate(raw), raw.length);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }, executor));
        }
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(parts.toArray(new CompletableFuture[0])), broken).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
        added.flush();
        Map<String, Long> found = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String source = sources.get(sorted[k]);
            if (at[k] >= 0 && !found.containsKey(source)) {
                found.put(source, at[k]);
                order.add(source);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        for (List<Integer> g : pairing.duplicateGroups()) {
            groups.add(g.stream().map(k -> sources.get(sorted[k])).toList());
        }
        return new Result(added, found, order, pairing.organs(), pairing.yearPairs(), pairing.comparedReports(),
                List.copyOf(groups));
    }

    private Added added(Checker checker, int[] sorted, BatchPairing pairing, SubordinateIndex subordinates, int k) {
        int p = pairing.previous(k);
        List<Integer> dups = pairing.duplicates(k);
        int[] subs = subordinates.of(k);
        if (p < 0 && dups.isEmpty() && subs.length == 0) {
            return null;
        }
        YearKey key = key(sorted[k]);
        List<NamedReport> others = new ArrayList<>(dups.size());
        for (int d : dups) {
            others.add(new NamedReport(sources.get(sorted[d]), key(sorted[d]).toReport()));
        }
        List<Report> under = new ArrayList<>(subs.length);
        for (int s : subs) {
            under.add(key(sorted[s]).toReport());
        }
        Checked c = checker.batch(key.source(), key.toReport(), p < 0 ? null : key(sorted[p]).toReport(), others, under);
        return c.issues().isEmpty() ? null : new Added(c, key.organ(), key.status(), worse(key.status(), c));
    }

    private static Status worse(Status before, Checked added) {
        Status s = before;
        for (Issue i : added.issues()) {
            Status t = i.level() == Level.ERROR ? Status.ERROR : i.level() == Level.WARNING ? Status.WARNING : Status.OK;
            if (t.compareTo(s) < 0) {
                s = t;
            }
        }
        return s;
    }

    /** Deletes what the pass spilled to disk; its result can no longer be read. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (keys != null) {
                keys.close();
            }
        } finally {
            if (added != null) {
                added.close();
            }
        }
    }
}
