package dev.gongkai.cli.check;

import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.Organs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reports of a batch are a report's subordinates for {@code batch.hierarchy-sum}: the same year's
 * reports of the organs a user's {@link OrganHierarchy} puts under its organ, the first (in the order of
 * the batch, i.e. of the source paths) of each subordinate organ, matched by organ key over the batch's
 * names and the hierarchy's together ({@link OrganHierarchy#organs}, {@link OrganHierarchy#childKeys}) as
 * {@link dev.gongkai.validation.Validator#subordinates} picks them. Made in one walk over the batch's organ
 * names and years; holds an index per (subordinate organ, year) that is in the batch, nothing per other
 * report.
 */
final class Subordinates {

    /** No hierarchy: no report has subordinates. */
    static final Subordinates NONE = new Subordinates(null, Map.of(), Map.of());

    private final Organs named;
    private final Map<String, Set<String>> children;
    private final Map<String, Integer> first;

    private Subordinates(Organs named, Map<String, Set<String>> children, Map<String, Integer> first) {
        this.named = named;
        this.children = children;
        this.first = first;
    }

    /**
     * @param hierarchy the user's hierarchy
     * @param names the distinct organ names of the batch
     * @param organs the organ name of each report, in the order of the batch
     * @param years the year of each report, same order
     */
    static Subordinates of(OrganHierarchy hierarchy, Collection<String> names, List<String> organs, List<Integer> years) {
        if (hierarchy.isEmpty()) {
            return NONE;
        }
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
        return new Subordinates(named, children, first);
    }

    /** The indexes (in the order of the batch) of report {@code k}'s subordinates, in that order; may be empty. */
    int[] of(int k, String organ, int year) {
        Set<String> kids = named == null ? null : children.get(named.key(organ));
        if (kids == null) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>(kids.size());
        for (String kid : kids) {
            Integer j = first.get(slot(kid, year));
            if (j != null && j != k) {
                out.add(j);
            }
        }
        int[] a = out.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static String slot(String key, int year) {
        return key + '\u0000' + year;
    }
}
