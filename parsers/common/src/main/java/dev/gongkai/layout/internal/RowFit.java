package dev.gongkai.layout.internal;

import dev.gongkai.model.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The readings of a row that has more cells than its columns, checked by the template's arithmetic:
 * cells in groups of {@code group}, the last of each group the total of the others (a row of table 三:
 * one group of seven; table 四: three groups of five; {@code 0}: no arithmetic).
 *
 * <p>Padding readings drop only empty slots (an unmerged label's slots before the values, blanks
 * after them); stray readings drop any cells at the start and end and at most one inside (a page
 * number or footnote digit among the cells). Not API.
 */
final class RowFit {

    /** What a reading's arithmetic says. */
    enum Sums {
        /** Every group complete and adding up. */
        HOLD,
        /** Nothing contradicts it, something is blank. */
        OPEN,
        /** A group does not add up. */
        BROKEN
    }

    /** A reading: the values kept and the cells dropped, in document order. */
    record Reading(List<Cell> values, List<Cell> dropped) {}

    private RowFit() {}

    /** The padding reading the arithmetic prefers, or {@code null} when the extra cells are not all empty. */
    static Reading padding(List<Cell> v, int columns, int group) {
        Reading first = null;
        Reading open = null;
        for (int from = 0; from <= v.size() - columns; from++) {
            if (!onlyPadding(v, from, columns)) {
                continue;
            }
            Reading r = new Reading(v.subList(from, from + columns), dropped(v, from, columns));
            Sums s = sums(r.values(), group);
            if (s == Sums.HOLD) {
                return r;
            }
            first = first == null ? r : first;
            open = open == null && s == Sums.OPEN ? r : open;
        }
        return open != null ? open : first;
    }

    /**
     * The one stray reading whose groups all add up and that {@code fits} accepts, or {@code null} when
     * none or several (different values) do.
     */
    static Reading stray(List<Cell> v, int columns, int group, Predicate<List<Cell>> fits) {
        if (group == 0) {
            return null;
        }
        Map<List<Object>, Reading> held = new LinkedHashMap<>();
        for (Reading r : strayReadings(v, columns)) {
            if (sums(r.values(), group) == Sums.HOLD && fits.test(r.values())) {
                held.putIfAbsent(key(r.values()), r);
            }
        }
        return held.size() == 1 ? held.values().iterator().next() : null;
    }

    /**
     * True when a reading that drops a value (not only empty cells) is not contradicted by the sums:
     * then a stray value, not layout, may be what makes the row long. When the {@code layout} reading's
     * blank cells are all written with a marker ({@code —}, {@code /}, {@code 无}), a reading that would
     * keep an empty cell as one of the row's blanks mixes two ways of writing a blank in one row and is
     * not taken for one (the empty cells are the layout's).
     */
    static boolean strayPossible(List<Cell> v, int columns, int group, List<Cell> layout) {
        if (group == 0) {
            return false;
        }
        boolean markers = markedBlanks(layout);
        for (Reading r : strayReadings(v, columns)) {
            if (r.dropped().stream().anyMatch(c -> !c.isBlank()) && sums(r.values(), group) != Sums.BROKEN
                    && !(markers && r.values().stream().anyMatch(RowFit::empty))) {
                return true;
            }
        }
        return false;
    }

    /** True when the cells hold blanks and every one is written with a marker, none left empty. */
    private static boolean markedBlanks(List<Cell> cells) {
        boolean any = false;
        for (Cell c : cells) {
            if (empty(c)) {
                return false;
            }
            any |= c.isBlank();
        }
        return any;
    }

    static boolean empty(Cell c) {
        return c.isBlank() && (c.raw() == null || c.raw().isBlank());
    }

    /** Every reading dropping cells at the start and end and at most one inside; none past three extra. */
    private static List<Reading> strayReadings(List<Cell> v, int columns) {
        int extra = v.size() - columns;
        List<Reading> out = new ArrayList<>();
        if (extra <= 0 || extra > 3) {
            return out;
        }
        for (int head = 0; head <= extra; head++) {
            for (int inner = -1; inner < v.size(); inner++) {
                int tail = extra - head - (inner < 0 ? 0 : 1);
                if (tail < 0 || (inner >= 0 && (inner < head || inner >= v.size() - tail))) {
                    continue;
                }
                List<Cell> kept = new ArrayList<>();
                List<Cell> dropped = new ArrayList<>();
                for (int i = 0; i < v.size(); i++) {
                    (i < head || i >= v.size() - tail || i == inner ? dropped : kept).add(v.get(i));
                }
                out.add(new Reading(kept, dropped));
            }
        }
        return out;
    }

    /** What the arithmetic of {@code cells} says; blanks are unknown, never 0. */
    static Sums sums(List<Cell> cells, int group) {
        if (group == 0) {
            return Sums.OPEN;
        }
        boolean all = true;
        for (int g = 0; g + group <= cells.size(); g += group) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            boolean negative = false;
            for (int i = g; i < g + group - 1; i++) {
                BigDecimal x = cells.get(i).value();
                if (x == null) {
                    complete = false;
                } else {
                    sum = sum.add(x);
                    negative |= x.signum() < 0;
                }
            }
            BigDecimal total = cells.get(g + group - 1).value();
            if (total == null || !complete) {
                all = false;
            }
            if (total != null && (complete ? sum.compareTo(total) != 0 : !negative && sum.compareTo(total) > 0)) {
                return Sums.BROKEN;
            }
        }
        return all ? Sums.HOLD : Sums.OPEN;
    }

    /** How a dropped cell is named in a problem. */
    static String text(Cell c) {
        if (c.raw() != null) {
            return "\"" + c.raw() + "\"";
        }
        return c.value() == null ? "\"\"" : "\"" + c.value().toPlainString() + "\"";
    }

    private static boolean onlyPadding(List<Cell> v, int from, int columns) {
        for (int i = 0; i < from; i++) {
            if (!v.get(i).isBlank() || v.get(i).raw() != null && !v.get(i).raw().isBlank()) {
                return false;
            }
        }
        for (int i = from + columns; i < v.size(); i++) {
            if (!empty(v.get(i))) {
                return false; // a blank written with a marker (—, /, 无) is a cell, not layout
            }
        }
        return true;
    }

    /** How many padding readings a row has (ways to drop only empty slots). */
    static int paddings(List<Cell> v, int columns) {
        int n = 0;
        for (int from = 0; from <= v.size() - columns; from++) {
            n += onlyPadding(v, from, columns) ? 1 : 0;
        }
        return n;
    }

    private static List<Cell> dropped(List<Cell> v, int from, int columns) {
        List<Cell> d = new ArrayList<>(v.subList(0, from));
        d.addAll(v.subList(from + columns, v.size()));
        return d;
    }

    private static List<Object> key(List<Cell> cells) {
        List<Object> k = new ArrayList<>();
        for (Cell c : cells) {
            k.add(c.value() == null ? "blank:" + c.raw() : c.value().stripTrailingZeros());
        }
        return k;
    }
}
