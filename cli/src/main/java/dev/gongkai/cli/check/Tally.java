package dev.gongkai.cli.check;

import dev.gongkai.validation.OrganKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a batch: files by status, findings by severity, by rule and by organ, the organs, year
 * pairs and duplicates of the second pass, and the first few files that are unreadable or skipped and
 * groups of duplicates. Small however many files there are (one entry per rule and per organ).
 */
public final class Tally implements Sink {

    /** How many unreadable and skipped files are remembered by name. */
    static final int NAMED = 20;

    private final Map<Status, Integer> status = new EnumMap<>(Status.class);
    private final Map<Level, Integer> levels = new EnumMap<>(Level.class);
    private final Map<String, int[]> rules = new TreeMap<>();
    private final Map<String, int[]> organs = new HashMap<>();
    private final Map<String, String> organNames = new HashMap<>();
    private final Map<String, Integer> readerProblems = new TreeMap<>();
    private int filesWithReaderProblems;
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private int crossYearReports;
    private int organCount;
    private int yearPairs;
    private int compared;
    private int duplicateGroups;
    private int duplicateFiles;
    private final List<List<String>> duplicates = new ArrayList<>();
    private final long start = System.nanoTime();
    private long nanos;

    @Override
    public void accept(Outcome o) {
        status.merge(o.status(), 1, Integer::sum);
        String organ = o.organ();
        add(organ, o.issues());
        if (!o.notes().isEmpty()) {
            filesWithReaderProblems++;
            for (ReaderNote n : o.notes()) {
                readerProblems.merge(n.code(), 1, Integer::sum);
            }
        }
        if (o.status() == Status.UNREADABLE && unreadable.size() < NAMED) {
            unreadable.add(o.input().source() + " (" + o.reason() + ")");
        } else if (o.status() == Status.SKIPPED && skipped.size() < NAMED) {
            skipped.add(o.input().source() + " (" + o.reason() + ")");
        }
    }

    @Override
    public void finish(CrossYear.Result batch) {
        organCount = batch.organs();
        yearPairs = batch.yearPairs();
        compared = batch.compared();
        duplicateGroups = batch.duplicates().size();
        for (List<String> g : batch.duplicates()) {
            duplicateFiles += g.size();
            if (duplicates.size() < NAMED) {
                duplicates.add(List.copyOf(g));
            }
        }
        batch.forEach((source, a) -> {
            if (a.checked().issues().stream().anyMatch(i -> i.rule().startsWith("cross-year."))) {
                crossYearReports++;
            }
            add(a.organ(), a.checked().issues());
            if (a.before() != a.after()) {
                status.merge(a.before(), -1, Integer::sum);
                status.merge(a.after(), 1, Integer::sum);
            }
        });
        nanos = System.nanoTime() - start;
    }

    private void add(String organ, List<Issue> issues) {
        String key = OrganKey.of(organ);
        if (key != null) {
            organNames.putIfAbsent(key, organ);
        }
        for (Issue i : issues) {
            levels.merge(i.level(), 1, Integer::sum);
            rules.computeIfAbsent(i.rule(), r -> new int[3])[i.level().ordinal()]++;
            if (key != null) {
                organs.computeIfAbsent(key, r -> new int[3])[i.level().ordinal()]++;
            }
        }
    }

    public int files() {
        int n = 0;
        for (int v : status.values()) {
            n += v;
        }
        return n;
    }

    /** Files that were read as reports. */
    public int reports() {
        return files() - count(Status.UNREADABLE) - count(Status.SKIPPED);
    }

    public int count(Status s) {
        return status.getOrDefault(s, 0);
    }

    public int count(Level l) {
        return levels.getOrDefault(l, 0);
    }

    /** Findings by rule id (sorted), as counts of ERROR, WARNING, INFO. */
    public Map<String, int[]> byRule() {
        return Collections.unmodifiableMap(rules);
    }

    /** Findings by organ name (as first written), as counts of ERROR, WARNING, INFO. */
    public Map<String, int[]> byOrgan() {
        Map<String, int[]> out = new HashMap<>();
        organs.forEach((k, v) -> out.put(organNames.get(k), v));
        return out;
    }

    /** The problems readers reported, by code (sorted). */
    public Map<String, Integer> readerProblems() {
        return Collections.unmodifiableMap(readerProblems);
    }

    /** Files whose reader reported a problem. */
    public int filesWithReaderProblems() {
        return filesWithReaderProblems;
    }

    public List<String> unreadable() {
        return Collections.unmodifiableList(unreadable);
    }

    public List<String> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    /** Reports that got cross-year findings. */
    public int crossYearReports() {
        return crossYearReports;
    }

    /** How many distinct organs the reports with a year name (names joined as {@link dev.gongkai.validation.Organs} does). */
    public int organs() {
        return organCount;
    }

    /** How many year pairs (an organ's year and the year before) were compared. */
    public int yearPairs() {
        return yearPairs;
    }

    /** How many reports were checked against their previous year's report. */
    public int comparedReports() {
        return compared;
    }

    /** How many groups of duplicates (documents that are one organ's report of one year). */
    public int duplicateGroups() {
        return duplicateGroups;
    }

    /** How many files are in a group of duplicates. */
    public int duplicateFiles() {
        return duplicateFiles;
    }

    /** The first {@value #NAMED} groups of duplicates, as source paths. */
    public List<List<String>> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    /** Seconds from the start of the batch to its finish. */
    public double seconds() {
        return (nanos == 0 ? System.nanoTime() - start : nanos) / 1e9;
    }
}
