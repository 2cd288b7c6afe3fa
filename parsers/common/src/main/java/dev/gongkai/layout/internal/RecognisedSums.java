package dev.gongkai.layout.internal;

import dev.gongkai.layout.Recognition;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ProblemList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the values recognised from images (cells marked {@link Recognition#CHECKED}) against the sums
 * of tables 三 and 四: confirms those whose sums hold, corrects a value when exactly one confusable
 * reading of one cell mends a broken sum and keeps every other sum of that cell, and leaves the rest
 * uncertain. Not API.
 */
final class RecognisedSums {

    /** A table cell: table 三 (row, applicant) or table 四 (group, column). */
    private record Key(Enum<?> row, Enum<?> column) {
        String name() {
            return (row instanceof ApplicationRow ? "表三 " : "表四 ") + ((dev.gongkai.model.Code) row).code() + "/"
                    + ((dev.gongkai.model.Code) column).code();
        }
    }

    /** {@code plus} sums to {@code minus}. */
    private record Sum(List<Key> plus, List<Key> minus, String name) {
        boolean contains(Key k) {
            return plus.contains(k) || minus.contains(k);
        }
    }

    private static final int ROUNDS = 20;

    private final Map<Key, Cell> cells = new LinkedHashMap<>();
    private final List<Sum> sums = new ArrayList<>();

    private RecognisedSums() {}

    /** The report with its recognised values confirmed or corrected; unchanged when it has none. */
    static Report check(Report report, ProblemList problems) {
        RecognisedSums s = new RecognisedSums();
        s.collect(report);
        if (s.cells.values().stream().noneMatch(RecognisedSums::recognised)) {
            return report;
        }
        s.unread(report, problems);
        s.run(problems);
        Report.Builder b = report.toBuilder();
        s.cells.forEach((k, c) -> {
            if (k.row() instanceof ApplicationRow r) {
                b.cell(r, (Applicant) k.column(), c);
            } else {
                b.cell((ReviewGroup) k.row(), (ReviewColumn) k.column(), c);
            }
        });
        return b.build();
    }

    private void collect(Report report) {
        StatTable<ApplicationRow, Applicant> a = report.applications();
        for (ApplicationRow r : a.rows()) {
            for (Applicant c : a.columns(r)) {
                cells.put(new Key(r, c), a.cell(r, c));
            }
        }
        StatTable<ReviewGroup, ReviewColumn> v = report.reviewLitigation();
        for (ReviewGroup g : v.rows()) {
            for (ReviewColumn c : v.columns(g)) {
                cells.put(new Key(g, c), v.cell(g, c));
            }
        }
        List<ApplicationRow> outcomes = a.rows().stream().filter(ApplicationRow::isOutcome).toList();
        for (Applicant c : Applicant.all()) {
            List<Key> parts = outcomes.stream().map(r -> new Key(r, c)).toList();
            sums.add(new Sum(parts, List.of(new Key(ApplicationRow.TOTAL_HANDLED, c)), "表三 " + c.code() + " outcomes"));
            sums.add(new Sum(List.of(new Key(ApplicationRow.NEW_RECEIVED, c), new Key(ApplicationRow.CARRIED_OVER, c)),
                    List.of(new Key(ApplicationRow.TOTAL_HANDLED, c), new Key(ApplicationRow.CARRIED_FORWARD, c)),
                    "表三 " + c.code() + " balance"));
        }
        for (ApplicationRow r : a.rows()) {
            sums.add(new Sum(Applicant.parts().stream().map(c -> new Key(r, c)).toList(),
                    List.of(new Key(r, Applicant.TOTAL)), "表三 " + r.code() + " applicants"));
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            sums.add(new Sum(ReviewColumn.parts().stream().map(c -> new Key(g, c)).toList(),
                    List.of(new Key(g, ReviewColumn.TOTAL)), "表四 " + g.code()));
        }
        sums.removeIf(s -> !cells.keySet().containsAll(s.plus()) || !cells.keySet().containsAll(s.minus()));
    }

    /**
     * Cells of a recognised table 三 or 四 that the reader did not find (a row whose label it could not
     * read): missing and uncertain, so that a blank is never blamed on the report. A table is taken as
     * recognised when it holds an {@link Recognition#UNCHECKED} cell (a recogniser marks every value so).
     */
    private void unread(Report report, ProblemList problems) {
        boolean apps = cells.entrySet().stream().anyMatch(e -> e.getKey().row() instanceof ApplicationRow
                && Recognition.UNCHECKED.equals(e.getValue().uncertainty()));
        boolean review = cells.entrySet().stream().anyMatch(e -> e.getKey().row() instanceof ReviewGroup
                && Recognition.UNCHECKED.equals(e.getValue().uncertainty()));
        List<Key> keys = new ArrayList<>();
        if (apps) {
            for (ApplicationRow r : report.edition() == dev.gongkai.model.Edition.E2019
                    ? ApplicationRow.rows(report.edition()) : ApplicationRow.rows(report.edition(), report.otherCollapsed())) {
                Applicant.all().forEach(a -> keys.add(new Key(r, a)));
            }
        }
        if (review) {
            for (ReviewGroup g : ReviewGroup.all()) {
                ReviewColumn.all().forEach(c -> keys.add(new Key(g, c)));
            }
        }
        Set<String> rows = new LinkedHashSet<>();
        for (Key k : keys) {
            Cell c = cells.get(k);
            if (c == null || c.isMissing() && c.isCertain()) {
                cells.put(k, Cell.MISSING.uncertain(Recognition.UNREADABLE));
                rows.add(k.name().substring(0, k.name().lastIndexOf('/')));
            }
        }
        if (!rows.isEmpty()) {
            problems.add(Recognition.UNREADABLE, "rows of a table recognised from an image were not found (their"
                    + " labels could not be read): " + String.join(", ", rows) + "; their cells are uncertain", null);
        }
    }

    private static boolean recognised(Cell c) {
        return c.uncertainty() != null && Recognition.CHECKED.contains(c.uncertainty()) && c.value() != null;
    }

    /** A cell's value for the sums: its value, 0 for a blank read with certainty, else unknown. */
    private static BigDecimal value(Cell c) {
        if (c.value() != null) {
            return c.value();
        }
        return c.raw() != null && c.isCertain() ? BigDecimal.ZERO : null;
    }

    /** The difference plus − minus, or {@code null} when a term is unknown. */
    private BigDecimal balance(Sum s, Key k, BigDecimal instead) {
        BigDecimal d = BigDecimal.ZERO;
        for (Key p : s.plus()) {
            BigDecimal v = p.equals(k) ? instead : value(cells.get(p));
            if (v == null) {
                return null;
            }
            d = d.add(v);
        }
        for (Key m : s.minus()) {
            BigDecimal v = m.equals(k) ? instead : value(cells.get(m));
            if (v == null) {
                return null;
            }
            d = d.subtract(v);
        }
        return d;
    }

    private void run(ProblemList problems) {
        for (int round = 0; round < ROUNDS && correctOne(problems); round++) {
            // each round mends one broken sum, which may let another be decided
        }
        Set<Key> inBroken = new LinkedHashSet<>();
        Set<Key> inHolding = new LinkedHashSet<>();
        for (Sum s : sums) {
            BigDecimal d = balance(s, null, null);
            if (d == null) {
                continue;
            }
            (d.signum() == 0 ? inHolding : inBroken).addAll(s.plus());
            (d.signum() == 0 ? inHolding : inBroken).addAll(s.minus());
            if (d.signum() != 0 && s.plus().stream().anyMatch(k -> recognised(cells.get(k)))
                    || d.signum() != 0 && s.minus().stream().anyMatch(k -> recognised(cells.get(k)))) {
                problems.add(Recognition.SUMS_BROKEN, s.name() + " does not add up over values recognised from an"
                        + " image (off by " + d.toPlainString() + ") and no single confusable reading mends it; its"
                        + " recognised cells stay uncertain", null);
            }
        }
        for (Map.Entry<Key, Cell> e : cells.entrySet()) {
            // a value the engine itself doubted stays uncertain though its sums hold
            if (recognised(e.getValue()) && Recognition.UNCHECKED.equals(e.getValue().uncertainty())
                    && inHolding.contains(e.getKey()) && !inBroken.contains(e.getKey())) {
                e.setValue(e.getValue().certain());
            }
        }
    }

    /** Mends one broken sum when exactly one reading of one recognised cell does; true when it did. */
    private boolean correctOne(ProblemList problems) {
        for (Sum s : sums) {
            BigDecimal d = balance(s, null, null);
            if (d == null || d.signum() == 0) {
                continue;
            }
            Key fixKey = null;
            BigDecimal fixValue = null;
            int fixes = 0;
            for (Key k : terms(s)) {
                Cell c = cells.get(k);
                if (!recognised(c)) {
                    continue;
                }
                BigDecimal needed = s.plus().contains(k) ? c.value().subtract(d) : c.value().add(d);
                if (needed.signum() < 0 || !Confusions.of(c.raw()).contains(needed.toBigInteger().toString())
                        || needed.stripTrailingZeros().scale() > 0 || !holdsEverywhere(k, needed)) {
                    continue;
                }
                fixes++;
                fixKey = k;
                fixValue = needed;
            }
            if (fixes == 1) {
                Cell old = cells.get(fixKey);
                String digits = fixValue.toBigInteger().toString();
                cells.put(fixKey, Cell.read(new BigDecimal(digits), digits, old.span()));
                problems.add(Recognition.CORRECTED, fixKey.name() + ": recognised " + old.raw() + ", read as " + digits
                        + ", the only confusable reading whose sums hold (" + s.name() + ")", old.span());
                return true;
            }
        }
        return false;
    }

    /** True when every known sum {@code k} takes part in holds with {@code k} read as {@code v}. */
    private boolean holdsEverywhere(Key k, BigDecimal v) {
        for (Sum s : sums) {
            if (s.contains(k)) {
                BigDecimal d = balance(s, k, v);
                if (d != null && d.signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Key> terms(Sum s) {
        List<Key> t = new ArrayList<>(s.plus());
        t.addAll(s.minus());
        return t;
    }
}
