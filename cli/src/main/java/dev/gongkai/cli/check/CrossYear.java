package dev.gongkai.cli.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-year pass: collects a {@link YearKey} per report while the batch runs, then, for every
 * report whose organ also has a report of the year before among the inputs, runs the cross-year rules.
 * When an organ has more than one report of a year (a document and its copy in another format), the
 * one of the smallest source path is taken as the previous year's. Thread-safe while collecting.
 */
public final class CrossYear {

    /**
     * The cross-year findings of one report.
     *
     * @param checked the findings
     * @param organ the organ as written
     * @param before the report's status before them
     * @param after its status with them
     */
    public record Added(Checked checked, String organ, Status before, Status after) {}

    private final List<YearKey> keys = new ArrayList<>();

    /** Keeps a report's key (reports without organ or year have none and are not compared). */
    public synchronized void add(YearKey key) {
        if (key != null) {
            keys.add(key);
        }
    }

    /** How many reports were kept for the pass. */
    public synchronized int size() {
        return keys.size();
    }

    /**
     * Runs the cross-year rules over every pair of consecutive years of an organ.
     *
     * @return the findings by source, only for reports that have some; in source order
     */
    public synchronized Map<String, Added> run(Checker checker) {
        Map<String, YearKey> first = new HashMap<>();
        for (YearKey k : keys) {
            first.merge(k.organKey() + "\u0000" + k.year(), k,
                    (a, b) -> a.source().compareTo(b.source()) <= 0 ? a : b);
        }
        List<YearKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(YearKey::source));
        Map<String, Added> out = new LinkedHashMap<>();
        for (YearKey k : sorted) {
            YearKey prev = first.get(k.organKey() + "\u0000" + (k.year() - 1));
            if (prev == null) {
                continue;
            }
            Checked c = checker.crossYear(k.source(), k.toReport(), prev.toReport());
            if (!c.issues().isEmpty()) {
                out.putIfAbsent(k.source(), new Added(c, k.organ(), k.status(), worse(k.status(), c)));
            }
        }
        return out;
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

    /** How many reports had the previous year of their organ among the inputs. */
    public synchronized int pairs() {
        Map<String, Boolean> years = new HashMap<>();
        for (YearKey k : keys) {
            years.put(k.organKey() + "\u0000" + k.year(), true);
        }
        int n = 0;
        for (YearKey k : keys) {
            if (years.containsKey(k.organKey() + "\u0000" + (k.year() - 1))) {
                n++;
            }
        }
        return n;
    }
}
