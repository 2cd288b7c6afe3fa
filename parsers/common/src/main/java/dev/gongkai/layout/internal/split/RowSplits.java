package dev.gongkai.layout.internal.split;

import dev.gongkai.model.ActiveColumn.Kind;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row's candidate splits before the rest of the table is considered: the only structural split
 * if there is one, else (with arithmetic) every split whose totals equal the sums of their parts.
 * Either {@link #domain()} is set or {@link #problem()} says why the row has no candidates.
 */
final class RowSplits {
    static final String AMBIGUOUS = "ambiguous-split";
    static final String IMPOSSIBLE = "split-impossible";
    static final String UNDECIDED = "split-undecided";

    /** Most candidate splits kept for one row; more is reported as undecidable. */
    static final int MAX_SPLITS = 1000;
    /** Search nodes allowed for each enumeration of one row. */
    static final long ROW_NODES = 200_000;

    private final String name;
    private final Run run;
    private final RowSplitter splitter;
    private final List<int[]> domain;
    private final Problem problem;

    private RowSplits(String name, Run run, RowSplitter splitter, List<int[]> domain, Problem problem) {
        this.name = name;
        this.run = run;
        this.splitter = splitter;
        this.domain = domain;
        this.problem = problem;
    }

    /**
     * @param name how messages name the row, e.g. {@code applications/granted}
     * @param groupSize see {@link RowSplitter#RowSplitter}; all zero when the row has no arithmetic
     */
    static RowSplits of(String name, List<String> tokens, Kind[] kinds, int[] groupSize) {
        Run run;
        try {
            run = Run.of(tokens);
        } catch (IllegalArgumentException e) {
            return failed(name, null, IMPOSSIBLE, e.getMessage());
        }
        int cells = kinds.length;
        if (run.length() == 0) {
            return failed(name, run, IMPOSSIBLE, "no cells given for " + cells + " columns");
        }
        RowSplitter splitter = new RowSplitter(run, kinds, groupSize);
        RowSplitter.Splits any = splitter.enumerate(false, 2, new Budget(ROW_NODES));
        if (any.complete() && any.ends().isEmpty() && any.capHit()) {
            return failed(name, run, UNDECIDED, "'" + run.display() + "' is undecidable (numbers over "
                    + RowSplitter.MAX_COUNT_DIGITS + " digits)");
        }
        if (any.complete() && any.ends().isEmpty()) {
            return failed(name, run, IMPOSSIBLE, "'" + run.display() + "' cannot be split into " + cells + " cells");
        }
        if (any.complete() && any.ends().size() == 1 && !any.capHit()) {
            return new RowSplits(name, run, splitter, any.ends(), null);
        }
        boolean arithmetic = false;
        for (int g : groupSize) {
            arithmetic |= g > 0;
        }
        if (!arithmetic) {
            if (any.ends().size() > 1) {
                return failed(name, run, AMBIGUOUS, "'" + run.display() + "' splits more than one way, e.g. "
                        + splitter.show(any.ends().get(0)) + " or " + splitter.show(any.ends().get(1)));
            }
            return failed(name, run, UNDECIDED, "'" + run.display() + "' is undecidable within budget"
                    + (any.capHit() ? " (numbers over " + RowSplitter.MAX_COUNT_DIGITS + " digits)" : ""));
        }
        RowSplitter.Splits sums = splitter.enumerate(true, MAX_SPLITS, new Budget(ROW_NODES));
        if (!sums.complete()) {
            return failed(name, run, UNDECIDED, "'" + run.display() + "' is undecidable within budget ("
                    + (sums.budgetExhausted() ? "search budget spent" : "over " + MAX_SPLITS + " splits fit") + ")");
        }
        if (sums.ends().isEmpty()) {
            return failed(name, run, IMPOSSIBLE, "no split of '" + run.display() + "' makes its totals add up");
        }
        return new RowSplits(name, run, splitter, sums.ends(), null);
    }

    private static RowSplits failed(String name, Run run, String code, String message) {
        return new RowSplits(name, run, null, null, new Problem(code, name + ": " + message, null));
    }

    String name() {
        return name;
    }

    /** The candidate splits, or {@code null} when the row has a {@link #problem()}. */
    List<int[]> domain() {
        return domain;
    }

    Problem problem() {
        return problem;
    }

    List<BigDecimal> values(int candidate) {
        return splitter.values(domain.get(candidate));
    }

    List<String> texts(int candidate) {
        return splitter.texts(domain.get(candidate));
    }

    String show(int candidate) {
        return splitter.show(domain.get(candidate));
    }

    String tokens() {
        return run.display();
    }

    /**
     * The cells of columns {@code [from, to)} on which every candidate agrees, {@code null} where
     * candidates differ; {@code null} when the row has no candidates.
     */
    List<SplitResult.Agreed> agreed(int from, int to) {
        if (domain == null || domain.isEmpty()) {
            return null;
        }
        List<BigDecimal> first = values(0);
        List<String> texts = texts(0);
        boolean[] same = new boolean[to - from];
        java.util.Arrays.fill(same, true);
        for (int c = 1; c < domain.size(); c++) {
            List<BigDecimal> v = values(c);
            for (int k = from; k < to; k++) {
                same[k - from] &= java.util.Objects.equals(first.get(k), v.get(k));
            }
        }
        List<SplitResult.Agreed> out = new java.util.ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(same[k - from] ? new SplitResult.Agreed(first.get(k), texts.get(k)) : null);
        }
        return out;
    }

    /** The candidates as count vectors, {@link TableSolver#BLANK} for blank cells. */
    long[][] counts() {
        long[][] out = new long[domain.size()][];
        for (int i = 0; i < out.length; i++) {
            List<BigDecimal> v = values(i);
            out[i] = new long[v.size()];
            for (int c = 0; c < v.size(); c++) {
                out[i][c] = v.get(c) == null ? TableSolver.BLANK : v.get(c).longValueExact();
            }
        }
        return out;
    }
}
