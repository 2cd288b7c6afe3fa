package dev.gongkai.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reports of a batch meet: the organ of each (its {@link Organs} key), the previous year's report
 * it is checked against ({@code cross-year.*}), and the other documents that are the same organ's report
 * of the same year ({@code batch.duplicate}). Made from the organ name and year of each report only, so a
 * batch of any size can be paired without holding its reports.
 *
 * <ul>
 *   <li>A report without a year, or whose organ name is not a plausible organ name ({@link OrganKey}),
 *       meets no other report.
 *   <li>Duplicates: two or more reports of one organ and one year. They are never each other's previous
 *       year.
 *   <li>Previous year: a report of the same organ and exactly the year before; years further apart are
 *       not compared. A report has at most one previous year: when the organ has several documents of that
 *       year (duplicates), the first of them in the order of the inputs is taken (for {@code gongkai check},
 *       inputs are in the order of their source paths), so the cross-year rules run once per report.
 * </ul>
 *
 * @since 0.2
 */
public final class BatchPairing {

    private static final int[] NONE = new int[0];

    private final String[] organs;
    private final int[] previous;
    private final int[][] duplicates;
    private final List<List<Integer>> groups;
    private final int organCount;
    private final int yearPairs;

    private BatchPairing(String[] organs, int[] previous, int[][] duplicates, List<List<Integer>> groups,
            int organCount, int yearPairs) {
        this.organs = organs;
        this.previous = previous;
        this.duplicates = duplicates;
        this.groups = groups;
        this.organCount = organCount;
        this.yearPairs = yearPairs;
    }

    /**
     * Pairs the reports of a batch.
     *
     * @param organs the organ name each report writes (null when none)
     * @param years the year of each report (null when unknown), same size
     */
    public static BatchPairing of(List<String> organs, List<Integer> years) {
        if (organs.size() != years.size()) {
            throw new IllegalArgumentException("one organ and one year per report: " + organs.size() + " ≠ " + years.size());
        }
        int n = organs.size();
        Organs batch = Organs.of(organs);
        String[] keys = new String[n];
        Map<String, List<Integer>> byYear = new LinkedHashMap<>();
        Set<String> organSet = new HashSet<>();
        for (int i = 0; i < n; i++) {
            keys[i] = batch.key(organs.get(i));
            if (keys[i] != null) {
                organSet.add(keys[i]);
                if (years.get(i) != null) {
                    byYear.computeIfAbsent(slot(keys[i], years.get(i)), s -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] prev = new int[n];
        Arrays.fill(prev, -1);
        int[][] dups = new int[n][];
        int pairs = 0; // organ-years that have their previous year, each counted at its first report
        for (int i = 0; i < n; i++) {
            if (keys[i] == null || years.get(i) == null) {
                dups[i] = NONE;
                continue;
            }
            List<Integer> same = byYear.get(slot(keys[i], years.get(i)));
            List<Integer> before = byYear.get(slot(keys[i], years.get(i) - 1));
            if (before != null) {
                prev[i] = before.get(0);
                pairs += same.get(0) == i ? 1 : 0;
            }
            if (same.size() == 1) {
                dups[i] = NONE; // most reports: one array shared, not one per report
                continue;
            }
            int[] d = new int[same.size() - 1];
            int j = 0;
            for (int o : same) {
                if (o != i) {
                    d[j++] = o;
                }
            }
            dups[i] = d;
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> g : byYear.values()) {
            if (g.size() > 1) {
                groups.add(List.copyOf(g));
            }
        }
        return new BatchPairing(keys, prev, dups, List.copyOf(groups), organSet.size(), pairs);
    }

    private static String slot(String key, int year) {
        return key + '\u0000' + year;
    }

    /** How many reports were paired. */
    public int size() {
        return organs.length;
    }

    /** The organ key of report {@code i} in this batch, or {@code null} when it names no plausible organ. */
    public String organ(int i) {
        return organs[i];
    }

    /** The index of report {@code i}'s previous year's report, or -1 when the batch has none. */
    public int previous(int i) {
        return previous[i];
    }

    /** The indexes of the other reports of report {@code i}'s organ and year, in input order; empty when none. */
    public List<Integer> duplicates(int i) {
        List<Integer> out = new ArrayList<>(duplicates[i].length);
        for (int d : duplicates[i]) {
            out.add(d);
        }
        return out;
    }

    /** The groups of duplicates: the indexes of the reports of one organ and one year, when more than one. */
    public List<List<Integer>> duplicateGroups() {
        return groups;
    }

    /** How many distinct organs the reports name (reports without a plausible organ name are not counted). */
    public int organs() {
        return organCount;
    }

    /**
     * How many year pairs are compared: the organ–year slots (an organ and a year) whose previous year is
     * also in the batch. Each report of such a slot is checked against one report of the year before.
     */
    public int yearPairs() {
        return yearPairs;
    }

    /** How many reports are checked against a previous year's report. */
    public int comparedReports() {
        int n = 0;
        for (int p : previous) {
            n += p >= 0 ? 1 : 0;
        }
        return n;
    }

    @Override
    public String toString() {
        return "BatchPairing[" + size() + " reports, " + organCount + " organs, " + yearPairs + " year pairs, "
                + groups.size() + " duplicate groups]";
    }
}
