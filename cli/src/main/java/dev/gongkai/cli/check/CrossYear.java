package dev.gongkai.cli.check;

import dev.gongkai.validation.ReportDigest;

import dev.gongkai.validation.BatchPairing;
import dev.gongkai.validation.NamedReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass of a batch: collects a {@link YearKey} per report while the batch runs, then pairs them
 * as the library does ({@link BatchPairing}: organs under their several names, consecutive years only,
 * duplicates never previous/next year) and runs, for each report that meets another, the cross-year
 * rules against its previous year's report and {@code batch.duplicate} against the same organ's other
 * documents of the same year. Keys are taken in the order of their source paths, so when an organ's
 * previous year has duplicates the one of the smallest path is the previous year's report. Thread-safe
 * while collecting.
 */
public final class CrossYear {

    /**
     * The findings of the second pass for one report.
     *
     * @param checked the findings
     * @param organ the organ as written
     * @param before the report's status before them
     * @param after its status with them
     */
    public record Added(Checked checked, String organ, Status before, Status after) {}

    /**
     * What the second pass found.
     *
     * @param added the findings by source, only for reports that have some; in source order
     * @param organs how many distinct organs the reports with a year name
     * @param yearPairs how many year pairs (an organ's year and the year before) were compared
     * @param compared how many reports were checked against their previous year's report
     * @param duplicates the groups of documents that are one organ's report of one year, as source paths
     */
    public record Result(Map<String, Added> added, int organs, int yearPairs, int compared, List<List<String>> duplicates) {
        /** Nothing: no report met another. */
        public static final Result EMPTY = new Result(Map.of(), 0, 0, 0, List.of());
    }

    private final List<Kept> keys = new ArrayList<>();

    /**
     * A key as kept until the pass: the source, organ and year to pair by, and the rest deflated (the
     * packed cells of a generated report, about 600 characters, keep in about a third of that), so that
     * a batch of 200,000 reports keeps its keys in a few tens of megabytes.
     */
    private record Kept(String source, String organ, int year, byte[] rest) {

        static Kept of(YearKey k) {
            ReportDigest g = k.digest();
            String rest = g.edition() + FIELD + g.collapsed() + FIELD + g.unmapped() + FIELD + k.status().name()
                    + FIELD + g.cells();
            byte[] raw = rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
            try {
                d.setInput(raw);
                d.finish();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length / 2 + 16);
                byte[] buf = new byte[1024];
                while (!d.finished()) {
                    out.write(buf, 0, d.deflate(buf));
                }
                return new Kept(k.source(), k.organ(), k.year(), out.toByteArray());
            } finally {
                d.end();
            }
        }

        YearKey key() {
            java.util.zip.Inflater i = new java.util.zip.Inflater();
            try {
                i.setInput(rest);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(rest.length * 4);
                byte[] buf = new byte[1024];
                while (!i.finished()) {
                    int n = i.inflate(buf);
                    if (n == 0 && (i.needsInput() || i.needsDictionary())) {
                        throw new IllegalStateException("a kept key does not inflate");
                    }
                    out.write(buf, 0, n);
                }
                String[] f = out.toString(java.nio.charset.StandardCharsets.UTF_8).split(String.valueOf(FIELD), 5);
                return new YearKey(source, new ReportDigest(organ, year, f[0], Boolean.parseBoolean(f[1]), f[2], f[4]),
                        Status.valueOf(f[3]));
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            } finally {
                i.end();
            }
        }
    }

    private static final char FIELD = '\u0001';

    /** Keeps a report's key (reports without organ or year have none and are not compared). */
    public void add(YearKey key) {
        if (key != null) {
            Kept k = Kept.of(key);
            synchronized (this) {
                keys.add(k);
            }
        }
    }

    /** How many reports were kept for the pass. */
    public synchronized int size() {
        return keys.size();
    }

    /** Pairs the reports and runs the rules over those that meet another, on the calling thread. */
    public Result run(Checker checker) {
        return run(checker, Runnable::run);
    }

    /**
     * Pairs the reports and runs the rules over those that meet another, the reports shared out among
     * the executor's threads; the result does not depend on how many there are.
     */
    public synchronized Result run(Checker checker, java.util.concurrent.Executor executor) {
        List<Kept> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(Kept::source));
        List<String> organs = new ArrayList<>(sorted.size());
        List<Integer> years = new ArrayList<>(sorted.size());
        for (Kept k : sorted) {
            organs.add(k.organ());
            years.add(k.year());
        }
        BatchPairing pairing = BatchPairing.of(organs, years);
        Added[] added = new Added[sorted.size()];
        int chunk = 256;
        List<java.util.concurrent.CompletableFuture<Void>> parts = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += chunk) {
            int lo = from;
            int hi = Math.min(sorted.size(), from + chunk);
            parts.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int i = lo; i < hi; i++) {
                    added[i] = added(checker, sorted, pairing, i);
                }
            }, executor));
        }
        java.util.concurrent.CompletableFuture.allOf(parts.toArray(new java.util.concurrent.CompletableFuture[0])).join();
        Map<String, Added> out = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (added[i] != null) {
                out.putIfAbsent(sorted.get(i).source(), added[i]);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        for (List<Integer> g : pairing.duplicateGroups()) {
            groups.add(g.stream().map(i -> sorted.get(i).source()).toList());
        }
        return new Result(out, pairing.organs(), pairing.yearPairs(), pairing.comparedReports(), List.copyOf(groups));
    }

    private static Added added(Checker checker, List<Kept> sorted, BatchPairing pairing, int i) {
        YearKey k = sorted.get(i).key();
        int p = pairing.previous(i);
        List<Integer> dups = pairing.duplicates(i);
        if (p < 0 && dups.isEmpty()) {
            return null;
        }
        List<NamedReport> others = new ArrayList<>(dups.size());
        for (int d : dups) {
            others.add(new NamedReport(sorted.get(d).source(), sorted.get(d).key().toReport()));
        }
        Checked c = checker.batch(k.source(), k.toReport(), p < 0 ? null : sorted.get(p).key().toReport(), others);
        return c.issues().isEmpty() ? null : new Added(c, k.organ(), k.status(), worse(k.status(), c));
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
}
