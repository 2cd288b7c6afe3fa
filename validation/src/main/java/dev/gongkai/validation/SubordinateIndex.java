package dev.gongkai.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reports of a batch are a report's subordinates for {@code batch.hierarchy-sum}: the same year's
 * reports of the organs an {@link OrganHierarchy} puts under its organ, one per subordinate organ — the
 * first in the order of the batch, so a subordinate's duplicates are not counted twice — matched by organ
 * key over the batch's names and the hierarchy's together ({@link OrganHierarchy#organs},
 * {@link OrganHierarchy#childKeys}).
 *
 * <p>Made in one walk over the batch; it holds an index per (subordinate organ, year) present in the
 * batch and nothing per other report, so a batch of any size asks it in constant time per report. The
 * one implementation behind {@link Validator#validateBatch(List, Map)}, {@link Validator#subordinates}
 * and {@code gongkai check --hierarchy}.
 *
 * @since 0.3
 */
public final class SubordinateIndex {

    private static final int[] NONE = new int[0];

    private final List<String> organs;
    private final List<Integer> years;
    private final Organs named;
    private final Map<String, Set<String>> children;
    private final Map<String, Integer> first;

    private SubordinateIndex(List<String> organs, List<Integer> years, Organs named, Map<String, Set<String>> children,
            Map<String, Integer> first) {
        this.organs = organs;
        this.years = years;
        this.named = named;
        this.children = children;
        this.first = first;
    }

    /**
     * @param hierarchy the hierarchy of organs
     * @param organs the organ of each report of the batch, as written (null where unknown or not certain)
     * @param years the year of each report, same order (null where unknown or not certain)
     * @return the index; with an empty hierarchy, one that gives no report subordinates
     */
    public static SubordinateIndex of(OrganHierarchy hierarchy, List<String> organs, List<Integer> years) {
        if (organs.size() != years.size()) {
            throw new IllegalArgumentException("organs and years differ in length: " + organs.size() + " / " + years.size());
        }
        if (hierarchy.isEmpty()) {
            return new SubordinateIndex(organs, years, null, Map.of(), Map.of());
        }
        Set<String> names = new LinkedHashSet<>(organs);
        names.remove(null);
        Organs named = hierarchy.organs(names);
        Map<String, Set<String>> children = hierarchy.childKeys(named);
        Set<String> kids = new HashSet<>();
        children.values().forEach(kids::addAll);
        Map<String, Integer> first = new HashMap<>();
        for (int k = 0; k < organs.size(); k++) {
            String key = named.key(organs.get(k));
            if (key != null && kids.contains(key) && years.get(k) != null) {
                first.putIfAbsent(slot(key, years.get(k)), k);
            }
        }
        return new SubordinateIndex(organs, years, named, children, first);
    }

    /**
     * The subordinates of report {@code i}.
     *
     * @return the indexes of the subordinates' reports in the order of the batch; empty when the report has
     *     no year, no organ the hierarchy names as a parent, or none of its subordinates is in the batch
     */
    public int[] of(int i) {
        Integer year = years.get(i);
        Set<String> kids = named == null || year == null ? null : children.get(named.key(organs.get(i)));
        if (kids == null) {
            return NONE;
        }
        int[] out = new int[kids.size()];
        int n = 0;
        for (String kid : kids) {
            Integer j = first.get(slot(kid, year));
            if (j != null && j != i) {
                out[n++] = j;
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** {@link #of(int)} as a list. */
    List<Integer> list(int i) {
        int[] a = of(i);
        List<Integer> out = new ArrayList<>(a.length);
        for (int j : a) {
            out.add(j);
        }
        return out;
    }

    private static String slot(String key, int year) {
        return key + '\u0000' + year;
    }
}
