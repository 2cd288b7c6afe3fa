package dev.gongkai.layout.internal.split;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveColumn.Kind;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the glued digit runs of crawler dumps into the template's cells, by the template's own
 * arithmetic, and never guesses: a row is returned only when every split that fits gives it the
 * same values; otherwise it is left out and a {@link Problem} names it.
 *
 * <p>Tokens are the whitespace-separated runs as read. A token boundary is always a cell boundary;
 * a token may hold several cells (glued); a cell never spans two tokens. Numbers have no leading
 * zeros, a {@code '-'} opens a negative number only in the signed column (本年增/减), an amount keeps
 * its {@code '.'} inside one cell, and a token that is a blank marker ({@code —}, {@code /}, {@code
 * 无}, a lone {@code -}) is one blank cell ({@code null} in the values). Full-width digits and signs
 * are read as ASCII. Work is capped by node budgets; what the cap cuts short is reported as {@code
 * split-undecided}. Thread-safe (no state).
 */
public final class ArithmeticSplitter {
    /** Search nodes allowed for the table-level search of section 三. */
    static final long TABLE_NODES = 1_000_000;

    private ArithmeticSplitter() {}

    /**
     * Section 三. Each row's six applicant cells add up to its total; per column the outcome rows add
     * up to {@code total_handled}, and {@code new_received + carried_over = total_handled +
     * carried_forward}. A 2021 map holding {@link ApplicationRow#OTHER} and no {@code other.*} row is
     * read as the collapsed layout. Rows absent from the map are not constrained (the sums over them
     * are not used); rows outside the edition's template are reported and ignored.
     *
     * @param tokens per row, the tokens of its seven cells, in template order
     */
    public static SplitResult<ApplicationRow> applications(Map<ApplicationRow, List<String>> tokens, Edition edition) {
        boolean collapsed = edition == Edition.E2019 || (tokens.containsKey(ApplicationRow.OTHER)
                && tokens.keySet().stream().noneMatch(ApplicationRow::isOtherSubRow));
        List<ApplicationRow> rows = ApplicationRow.rows(edition, collapsed);
        List<Problem> problems = new ArrayList<>();
        for (ApplicationRow r : tokens.keySet()) {
            if (!rows.contains(r)) {
                problems.add(new Problem(RowSplits.IMPOSSIBLE, "applications/" + r.code()
                        + ": not a row of the edition " + edition.code() + " template as laid out here", null));
            }
        }
        Kind[] kinds = new Kind[Applicant.all().size()];
        Arrays.fill(kinds, Kind.COUNT);
        int[] groups = new int[kinds.length];
        groups[kinds.length - 1] = kinds.length - 1;
        RowSplits[] splits = new RowSplits[rows.size()];
        long[][][] domains = new long[rows.size()][][];
        for (int i = 0; i < rows.size(); i++) {
            List<String> t = tokens.get(rows.get(i));
            if (t == null) {
                continue;
            }
            splits[i] = RowSplits.of("applications/" + rows.get(i).code(), t, kinds, groups);
            if (splits[i].domain() != null) {
                domains[i] = splits[i].counts();
            }
        }
        TableSolver.Outcome outcome =
                new TableSolver(domains, applicationConstraints(rows), new Budget(TABLE_NODES)).solve();
        Map<ApplicationRow, List<BigDecimal>> values = new LinkedHashMap<>();
        Map<ApplicationRow, List<String>> texts = new LinkedHashMap<>();
        Map<ApplicationRow, List<SplitResult.Agreed>> agreed = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (splits[i] == null) {
                continue;
            }
            Problem p = splits[i].problem() != null ? splits[i].problem() : judge(splits[i], outcome, i);
            if (p == null) {
                values.put(rows.get(i), splits[i].values(outcome.choice()[i]));
                texts.put(rows.get(i), splits[i].texts(outcome.choice()[i]));
            } else {
                problems.add(p);
                if (splits[i].problem() == null && outcome.status()[i] == TableSolver.Status.AMBIGUOUS) {
                    agreed.put(rows.get(i), splits[i].agreed(0, kinds.length));
                }
            }
        }
        return new SplitResult<>(values, texts, problems, agreed);
    }

    private static Problem judge(RowSplits row, TableSolver.Outcome outcome, int i) {
        String head = row.name() + ": '" + row.tokens() + "' ";
        switch (outcome.status()[i]) {
            case DECIDED:
                return null;
            case AMBIGUOUS:
                return new Problem(RowSplits.AMBIGUOUS, head + "splits more than one way that fits the table's sums: "
                        + row.show(outcome.choice()[i]) + " or " + row.show(outcome.alternative()[i]), null);
            case INCONSISTENT:
                return new Problem(RowSplits.AMBIGUOUS, head + "has " + row.domain().size()
                        + " splits that fit its own total (e.g. " + row.show(0) + " or " + row.show(1)
                        + ") and no choice makes the columns add up", null);
            default:
                return new Problem(RowSplits.UNDECIDED, head + "is undecidable within budget (table search)", null);
        }
    }

    private static List<TableSolver.Constraint> applicationConstraints(List<ApplicationRow> rows) {
        List<Integer> outcomeRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isOutcome()) {
                outcomeRows.add(i);
            }
        }
        int total = rows.indexOf(ApplicationRow.TOTAL_HANDLED);
        int[] sumRows = new int[outcomeRows.size() + 1];
        int[] sumCoefs = new int[sumRows.length];
        for (int k = 0; k < outcomeRows.size(); k++) {
            sumRows[k] = outcomeRows.get(k);
            sumCoefs[k] = 1;
        }
        sumRows[outcomeRows.size()] = total;
        sumCoefs[outcomeRows.size()] = -1;
        int[] balanceRows = {rows.indexOf(ApplicationRow.NEW_RECEIVED), rows.indexOf(ApplicationRow.CARRIED_OVER),
            total, rows.indexOf(ApplicationRow.CARRIED_FORWARD)};
        int[] balanceCoefs = {1, 1, -1, -1};
        List<TableSolver.Constraint> out = new ArrayList<>();
        for (int c = 0; c < Applicant.all().size(); c++) {
            out.add(new TableSolver.Constraint(c, sumRows, sumCoefs));
            out.add(new TableSolver.Constraint(c, balanceRows, balanceCoefs));
        }
        return out;
    }

    /**
     * Section 四: the fifteen numbers of the three groups in template order; in each group {@code total}
     * is the sum of the other four. A group is returned when every split that fits agrees on it.
     */
    public static SplitResult<ReviewGroup> reviewLitigation(List<String> tokens) {
        int width = ReviewColumn.all().size();
        int cells = ReviewGroup.all().size() * width;
        Kind[] kinds = new Kind[cells];
        Arrays.fill(kinds, Kind.COUNT);
        int[] groups = new int[cells];
        for (int g = 1; g <= ReviewGroup.all().size(); g++) {
            groups[g * width - 1] = width - 1;
        }
        RowSplits row = RowSplits.of("review_litigation", tokens, kinds, groups);
        Map<ReviewGroup, List<BigDecimal>> values = new LinkedHashMap<>();
        Map<ReviewGroup, List<String>> texts = new LinkedHashMap<>();
        if (row.problem() != null) {
            return new SplitResult<>(values, texts, List.of(row.problem()));
        }
        List<Problem> problems = new ArrayList<>();
        Map<ReviewGroup, List<SplitResult.Agreed>> agreed = new LinkedHashMap<>();
        for (int g = 0; g < ReviewGroup.all().size(); g++) {
            Set<List<BigDecimal>> seen = new HashSet<>();
            List<List<BigDecimal>> examples = new ArrayList<>();
            for (int c = 0; c < row.domain().size(); c++) {
                List<BigDecimal> v = row.values(c).subList(g * width, (g + 1) * width);
                if (seen.add(v)) {
                    examples.add(v);
                }
            }
            ReviewGroup group = ReviewGroup.all().get(g);
            if (examples.size() == 1) {
                values.put(group, examples.get(0));
                texts.put(group, row.texts(0).subList(g * width, (g + 1) * width));
            } else {
                problems.add(new Problem(RowSplits.AMBIGUOUS, "review_litigation/" + group.code() + ": '"
                        + row.tokens() + "' splits more than one way that fits the group sums: "
                        + examples.get(0) + " or " + examples.get(1), null));
                agreed.put(group, row.agreed(g * width, (g + 1) * width));
            }
        }
        return new SplitResult<>(values, texts, problems, agreed);
    }

    /** A split of the tokens into fewer cells than the row has (some columns blank), or {@code null}. */
    private static String fewerCells(List<String> tokens, Kind[] kinds) {
        int n = kinds.length;
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            Kind[] kept = new Kind[Integer.bitCount(mask)];
            int k = 0;
            for (int c = 0; c < n; c++) {
                if ((mask & (1 << c)) != 0) {
                    kept[k++] = kinds[c];
                }
            }
            RowSplits fewer = RowSplits.of("", tokens, kept, new int[kept.length]);
            if (fewer.problem() == null || !fewer.problem().code().equals(RowSplits.IMPOSSIBLE)) {
                return fewer.problem() == null ? fewer.show(0) : "another split";
            }
        }
        return null;
    }

    /**
     * Section 二: no arithmetic ties its cells, so a row is returned only when its tokens split into
     * its columns ({@link ActiveRow#columns(Edition)}) exactly one way ({@code 000} → 0, 0, 0) and
     * cannot be read as fewer cells: a blank cell leaves no trace when cells run together, so {@code
     * 228} (2, 2, 8 — or blank, 2, 28) is not returned.
     */
    public static SplitResult<ActiveRow> activeDisclosure(Map<ActiveRow, List<String>> tokens, Edition edition) {
        Map<ActiveRow, List<BigDecimal>> values = new LinkedHashMap<>();
        Map<ActiveRow, List<String>> texts = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ActiveRow r : ActiveRow.rows(edition)) {
            List<String> t = tokens.get(r);
            if (t == null) {
                continue;
            }
            List<ActiveColumn> columns = r.columns(edition);
            Kind[] kinds = columns.stream().map(ActiveColumn::kind).toArray(Kind[]::new);
            RowSplits row = RowSplits.of("active_disclosure/" + r.code(), t, kinds, new int[kinds.length]);
            String fewer = row.problem() == null ? fewerCells(t, kinds) : null;
            if (row.problem() != null) {
                problems.add(row.problem());
            } else if (fewer != null) {
                problems.add(new Problem(RowSplits.AMBIGUOUS, "active_disclosure/" + r.code() + ": '" + row.tokens()
                        + "' splits into " + row.show(0) + " but also into " + fewer + " with a blank cell that left"
                        + " no trace", null));
            } else {
                values.put(r, row.values(0));
                texts.put(r, row.texts(0));
            }
        }
        for (ActiveRow r : tokens.keySet()) {
            if (!r.inEdition(edition)) {
                problems.add(new Problem(RowSplits.IMPOSSIBLE, "active_disclosure/" + r.code()
                        + ": not a row of the edition " + edition.code() + " template", null));
            }
        }
        return new SplitResult<>(values, texts, problems);
    }
}
