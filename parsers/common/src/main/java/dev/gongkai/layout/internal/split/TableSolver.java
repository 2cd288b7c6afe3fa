package dev.gongkai.layout.internal.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Chooses one candidate split per row so that the table's linear column constraints hold, and tells
 * for each row whether every such choice agrees on it. Depth-first search, smallest domains first,
 * pruned by interval bounds on every constraint; capped by a {@link Budget}.
 */
final class TableSolver {
    /** A cell value that stands for a blank cell; constraints over such a column are not used. */
    static final long BLANK = Long.MIN_VALUE;

    /** {@code sum(coefs[i] * value(rows[i], column)) = 0}. */
    record Constraint(int column, int[] rows, int[] coefs) {}

    /** A row's place in a constraint, with the bounds of its contribution over its domain. */
    private record Touch(int constraint, int column, int coef, long low, long high) {}

    enum Status { DECIDED, AMBIGUOUS, UNDECIDED, INCONSISTENT }

    /** Per row: status, the chosen candidate (decided) or two differing ones (ambiguous). */
    record Outcome(Status[] status, int[] choice, int[] alternative) {}

    private final long[][][] domains;
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<List<Touch>> touching = new ArrayList<>();
    private final long[] assigned;
    private final long[] low;
    private final long[] high;
    private final int[] order;
    private final Budget budget;
    private int excludedRow = -1;
    private int excludedChoice = -1;
    private int[] choice;

    /**
     * @param domains per row, its candidate value vectors ({@code null} for a row not in the search)
     * @param all the table's constraints; those over absent rows or blank-bearing columns are dropped
     */
    TableSolver(long[][][] domains, List<Constraint> all, Budget budget) {
        this.domains = domains;
        this.budget = budget;
        for (int r = 0; r < domains.length; r++) {
            touching.add(new ArrayList<>());
        }
        for (Constraint c : all) {
            if (usable(c)) {
                for (int i = 0; i < c.rows().length; i++) {
                    int r = c.rows()[i];
                    long[] b = bounds(r, c.column(), c.coefs()[i]);
                    touching.get(r).add(new Touch(constraints.size(), c.column(), c.coefs()[i], b[0], b[1]));
                }
                constraints.add(c);
            }
        }
        assigned = new long[constraints.size()];
        low = new long[constraints.size()];
        high = new long[constraints.size()];
        order = IntStream.range(0, domains.length)
                .filter(r -> domains[r] != null)
                .boxed()
                .sorted(Comparator.comparingInt(r -> domains[r].length))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private boolean usable(Constraint c) {
        for (int r : c.rows()) {
            if (domains[r] == null) {
                return false;
            }
            for (long[] cand : domains[r]) {
                if (cand[c.column()] == BLANK) {
                    return false;
                }
            }
        }
        return true;
    }

    Outcome solve() {
        int n = domains.length;
        Status[] status = new Status[n];
        int[] decided = new int[n];
        int[] alternative = new int[n];
        Arrays.fill(decided, -1);
        Arrays.fill(alternative, -1);
        List<Integer> open = new ArrayList<>();
        for (int r : order) {
            if (domains[r].length == 1) {
                status[r] = Status.DECIDED;
                decided[r] = 0;
            } else {
                open.add(r);
            }
        }
        if (open.isEmpty()) {
            return new Outcome(status, decided, alternative);
        }
        int[] first = find(-1, -1);
        if (first == null) {
            Status s = budget.exhausted() ? Status.UNDECIDED : Status.INCONSISTENT;
            open.forEach(r -> status[r] = s);
            return new Outcome(status, decided, alternative);
        }
        for (int r : open) {
            if (status[r] != null) {
                continue;
            }
            int[] other = budget.exhausted() ? null : find(r, first[r]);
            if (other != null) {
                for (int q : open) {
                    if (other[q] != first[q] && status[q] == null) {
                        status[q] = Status.AMBIGUOUS;
                        decided[q] = first[q];
                        alternative[q] = other[q];
                    }
                }
            } else if (budget.exhausted()) {
                status[r] = Status.UNDECIDED;
            } else {
                status[r] = Status.DECIDED;
                decided[r] = first[r];
            }
        }
        return new Outcome(status, decided, alternative);
    }

    /** A full consistent choice, avoiding candidate {@code ex} of row {@code row}; null if none. */
    private int[] find(int row, int ex) {
        excludedRow = row;
        excludedChoice = ex;
        choice = new int[domains.length];
        Arrays.fill(choice, -1);
        Arrays.fill(assigned, 0);
        for (int j = 0; j < constraints.size(); j++) {
            low[j] = 0;
            high[j] = 0;
        }
        for (int r = 0; r < domains.length; r++) {
            for (Touch t : touching.get(r)) {
                low[t.constraint()] += t.low();
                high[t.constraint()] += t.high();
            }
        }
        return search(0) ? choice.clone() : null;
    }

    private long[] bounds(int row, int column, int coef) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long[] cand : domains[row]) {
            long v = coef * cand[column];
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new long[] {lo, hi};
    }

    private boolean search(int depth) {
        if (depth == order.length) {
            return true;
        }
        int r = order[depth];
        for (int c = 0; c < domains[r].length; c++) {
            if (r == excludedRow && c == excludedChoice) {
                continue;
            }
            if (!budget.spend()) {
                return false;
            }
            boolean ok = apply(r, c, 1);
            if (ok) {
                choice[r] = c;
                if (search(depth + 1)) {
                    return true;
                }
            }
            apply(r, c, -1);
            if (budget.exhausted()) {
                return false;
            }
        }
        choice[r] = -1;
        return false;
    }

    /** Assigns (+1) or unassigns (-1) a candidate; on assign, true when every bound still holds. */
    private boolean apply(int r, int c, int direction) {
        boolean ok = true;
        for (Touch t : touching.get(r)) {
            int j = t.constraint();
            assigned[j] += direction * t.coef() * domains[r][c][t.column()];
            low[j] -= direction * t.low();
            high[j] -= direction * t.high();
            ok &= assigned[j] + low[j] <= 0 && assigned[j] + high[j] >= 0;
        }
        return ok;
    }
}
