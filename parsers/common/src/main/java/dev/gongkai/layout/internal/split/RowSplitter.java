package dev.gongkai.layout.internal.split;

import dev.gongkai.model.ActiveColumn.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates the ways one run of tokens splits into a row's cells, depth first. Cells are numbers
 * without leading zeros (a lone {@code 0} is a number), a {@code '-'} only opens a signed cell, and an
 * amount keeps its {@code '.'} with digits on both sides. With arithmetic on, a total cell must equal
 * the sum of the parts before it, so its text is forced rather than searched.
 */
final class RowSplitter {
    /** Digits of a count; longer numbers are not read (they are no counts of this template). */
    static final int MAX_COUNT_DIGITS = 10;
    /** Characters of an amount, sign and decimals included. */
    static final int MAX_CELL_CHARS = 24;

    /**
     * The splits found, as cell end positions; complete when the search was exhaustive within the
     * digit cap; {@code capHit} when a cell could have run past {@link #MAX_COUNT_DIGITS} digits.
     */
    record Splits(List<int[]> ends, boolean complete, boolean budgetExhausted, boolean capHit) {}

    private final Run run;
    private final Kind[] kinds;
    private final int[] groupSize;
    private final int[] ends;
    private final int[][] scratch;
    private boolean arithmetic;
    private int limit;
    private Budget budget;
    private List<int[]> found;
    private boolean stopped;
    private boolean capHit;

    /**
     * @param groupSize for each cell: the number of parts before it that it is the total of, 0 for
     *     a cell that is no total; parts of a group stand right before their total
     */
    RowSplitter(Run run, Kind[] kinds, int[] groupSize) {
        this.run = run;
        this.kinds = kinds.clone();
        this.groupSize = groupSize.clone();
        this.ends = new int[kinds.length];
        this.scratch = new int[kinds.length][MAX_CELL_CHARS + 1];
    }

    Splits enumerate(boolean useArithmetic, int maxSplits, Budget nodes) {
        this.arithmetic = useArithmetic;
        this.limit = maxSplits;
        this.budget = nodes;
        this.found = new ArrayList<>();
        this.stopped = false;
        this.capHit = false;
        dfs(0, 0, 0);
        boolean exhausted = nodes.exhausted();
        return new Splits(List.copyOf(found), !stopped, exhausted, capHit);
    }

    private void dfs(int cell, int pos, long sum) {
        if (stopped) {
            return;
        }
        if (!budget.spend()) {
            stopped = true;
            return;
        }
        if (cell == kinds.length) {
            if (pos == run.length()) {
                found.add(ends.clone());
                stopped = found.size() >= limit;
            }
            return;
        }
        int left = kinds.length - cell;
        int rest = run.length() - pos;
        if (rest < left || run.minCells(pos) > left || rest > (long) left * MAX_CELL_CHARS) {
            return;
        }
        boolean total = groupSize[cell] > 0;
        if (arithmetic && total && sum >= 0 && run.at(pos) != Run.BLANK) {
            int end = run.numberEnd(pos, sum, digits(sum));
            if (end > 0) {
                ends[cell] = end;
                dfs(cell + 1, end, 0);
            }
            return;
        }
        int[] cand = scratch[cell];
        int n = candidates(pos, kinds[cell], cand);
        for (int i = 0; i < n && !stopped; i++) {
            int end = cand[i];
            long next = 0;
            if (!total && arithmetic) {
                next = sum < 0 || run.at(pos) == Run.BLANK ? -1 : sum + count(pos, end);
                if (next >= 0 && !fits(cell, end, next)) {
                    continue;
                }
            }
            ends[cell] = end;
            dfs(cell + 1, end, next);
        }
    }

    /** Whether the rest of the group's parts and a total of at least {@code sum} still fit. */
    private boolean fits(int cell, int end, long sum) {
        int totalCell = cell + 1;
        while (totalCell < kinds.length && groupSize[totalCell] == 0) {
            totalCell++;
        }
        if (totalCell == kinds.length) {
            return true;
        }
        int partsLeft = totalCell - cell - 1;
        int digits = digits(sum);
        return digits <= MAX_COUNT_DIGITS && run.length() - end >= partsLeft + digits;
    }

    private long count(int from, int to) {
        boolean negative = run.at(from) == '-';
        long v = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            v = v * 10 + (run.at(i) - '0');
        }
        return negative ? -v : v;
    }

    private static int digits(long v) {
        int d = 1;
        for (long x = v; x >= 10; x /= 10) {
            d++;
        }
        return d;
    }

    /** Writes the possible end positions of a cell starting at {@code pos}; returns how many. */
    private int candidates(int pos, Kind kind, int[] out) {
        if (run.at(pos) == Run.BLANK) {
            out[0] = pos + 1;
            return 1;
        }
        int start = pos;
        if (run.at(pos) == '-') {
            if (kind != Kind.SIGNED_COUNT) {
                return 0;
            }
            start++;
            if (!run.isDigit(start) || run.boundaryAt(start) || run.at(start) == '0') {
                return 0;
            }
        }
        int n = 0;
        int maxEnd = Math.min(run.length(), start + MAX_COUNT_DIGITS + (kind == Kind.AMOUNT ? 2 : 0));
        for (int e = start + 1; e <= maxEnd; e++) {
            if (!run.isDigit(e - 1) || (e - 1 > start && run.boundaryAt(e - 1))) {
                break;
            }
            boolean dot = e < run.length() && run.at(e) == '.' && !run.boundaryAt(e);
            if (kind == Kind.AMOUNT && dot) {
                n = fractions(e, pos, out, n);
            } else {
                out[n++] = e;
            }
            if (run.at(start) == '0') {
                break;
            }
            if (e == maxEnd && run.isDigit(e) && !run.boundaryAt(e)) {
                capHit = true;
            }
        }
        return n;
    }

    private int fractions(int dot, int pos, int[] out, int n) {
        for (int f = dot + 2; f <= run.length() && f - pos <= MAX_CELL_CHARS; f++) {
            if (!run.isDigit(f - 1) || run.boundaryAt(f - 1) || n == out.length) {
                break;
            }
            out[n++] = f;
        }
        return n;
    }

    /** The cell values of a split; {@code null} for a blank marker. */
    List<BigDecimal> values(int[] split) {
        List<BigDecimal> out = new ArrayList<>(split.length);
        int pos = 0;
        for (int end : split) {
            out.add(run.at(pos) == Run.BLANK ? null : new BigDecimal(run.text(pos, end)));
            pos = end;
        }
        return out;
    }

    /** Each cell's text in a split; a blank marker's whole token ({@code —}, {@code /} …). */
    List<String> texts(int[] split) {
        List<String> out = new ArrayList<>(split.length);
        int pos = 0;
        for (int end : split) {
            out.add(run.at(pos) == Run.BLANK ? run.blankToken(pos) : run.text(pos, end));
            pos = end;
        }
        return out;
    }

    /** A split as text, e.g. {@code [11, 0, 0, 0, 0, 1, 12]}. */
    String show(int[] split) {
        List<String> cells = new ArrayList<>();
        int pos = 0;
        for (int end : split) {
            cells.add(run.at(pos) == Run.BLANK ? "—" : run.text(pos, end));
            pos = end;
        }
        return cells.toString();
    }
}
