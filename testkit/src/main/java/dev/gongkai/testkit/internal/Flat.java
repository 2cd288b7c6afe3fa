package dev.gongkai.testkit.internal;

import dev.gongkai.testkit.render.FlatRow;
import java.util.ArrayList;
import java.util.List;

/** Describes one row of a flattened rendering: how many splits of its digits fit its arithmetic. */
final class Flat {

    private Flat() {}

    static FlatRow row(String key, List<String> cells, String written, boolean spaced) {
        int slash = key.indexOf('/');
        String table = key.substring(0, slash);
        String row = key.substring(slash + 1);
        StringBuilder digits = new StringBuilder();
        for (String c : cells) {
            String n = ascii(c);
            if (!n.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return new FlatRow(table, row, cells, written, -1);
            }
            digits.append(n);
        }
        if (spaced) {
            return new FlatRow(table, row, cells, written, 1);
        }
        long candidates;
        if (table.equals("applications")) {
            candidates = SplitCounter.sumLast(digits.toString(), cells.size());
        } else if (table.equals("review_litigation")) {
            candidates = SplitCounter.groupsOfFive(digits.toString(), cells.size() / 5);
        } else {
            candidates = SplitCounter.any(digits.toString(), kinds(row, cells.size()));
        }
        return new FlatRow(table, row, cells, written, candidates);
    }

    private static List<SplitCounter.Kind> kinds(String row, int n) {
        List<SplitCounter.Kind> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SplitCounter.Kind.COUNT);
        }
        if (row.equals("administrative_fees")) {
            out.set(n - 1, n == 1 ? SplitCounter.Kind.AMOUNT : SplitCounter.Kind.SIGNED);
        } else if (row.equals("centralized_procurement")) {
            out.set(n - 1, SplitCounter.Kind.AMOUNT);
        } else if (n == 3 && !row.equals("rules") && !row.equals("normative_documents")) {
            out.set(1, SplitCounter.Kind.SIGNED);
        }
        return out;
    }

    /** Full-width digits as ASCII, surrounding spaces dropped. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.strip().toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
