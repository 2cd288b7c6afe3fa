package dev.gongkai.testkit.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Greedy shrinking of a failing report: each step is kept when the report still fails. Steps, repeated
 * until none helps: drop section texts, drop whole table rows (all cells missing), zero cells, blank
 * cells, shrink non-zero values (to 1, then halves), drop organ/title/date. A predicate that throws
 * counts as "does not fail".
 */
public final class Minimiser {

    private static final int MAX_PASSES = 8;

    private final Predicate<Report> fails;
    private int calls;

    private Minimiser(Predicate<Report> fails) {
        this.fails = fails;
    }

    public static Report minimise(Report report, Predicate<Report> fails) {
        Minimiser m = new Minimiser(fails);
        if (!m.test(report)) {
            throw new IllegalArgumentException("the report does not fail the predicate; nothing to minimise");
        }
        Report current = report;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Report before = current;
            for (UnaryOperator<Report> step : m.steps(current)) {
                Report candidate;
                try {
                    candidate = step.apply(current);
                } catch (RuntimeException e) {
                    continue;
                }
                if (candidate != null && !dev.gongkai.json.ReportJson.toJson(candidate).equals(dev.gongkai.json.ReportJson.toJson(current))
                        && m.test(candidate)) {
                    current = candidate;
                }
            }
            if (dev.gongkai.json.ReportJson.toJson(before).equals(dev.gongkai.json.ReportJson.toJson(current))) {
                break;
            }
        }
        return current;
    }

    private boolean test(Report r) {
        calls++;
        try {
            return fails.test(r);
        } catch (RuntimeException | AssertionError e) {
            return false;
        }
    }

    private List<UnaryOperator<Report>> steps(Report r) {
        List<UnaryOperator<Report>> out = new ArrayList<>();
        for (Section s : r.sections().keySet()) {
            out.add(x -> x.toBuilder().section(s, "").build());
            out.add(x -> x.toBuilder().section(s, null).build());
        }
        out.add(x -> x.toBuilder().published(null).build());
        out.add(x -> x.toBuilder().organ(null).build());
        out.add(x -> x.toBuilder().title(null).build());
        for (ActiveRow row : r.activeDisclosure().rows()) {
            out.add(x -> {
                Report.Builder b = x.toBuilder();
                row.columns(x.edition()).forEach(c -> b.cell(row, c, Cell.MISSING));
                return b.build();
            });
            for (ActiveColumn c : r.activeDisclosure().columns(row)) {
                cellSteps(out, x -> x.activeDisclosure().cell(row, c), (x, v) -> x.toBuilder().cell(row, c, v).build());
            }
        }
        for (ApplicationRow row : r.applications().rows()) {
            out.add(x -> {
                Report.Builder b = x.toBuilder();
                Applicant.all().forEach(c -> b.cell(row, c, Cell.MISSING));
                return b.build();
            });
            for (Applicant c : Applicant.all()) {
                cellSteps(out, x -> x.applications().cell(row, c), (x, v) -> x.toBuilder().cell(row, c, v).build());
            }
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                cellSteps(out, x -> x.reviewLitigation().cell(g, c), (x, v) -> x.toBuilder().cell(g, c, v).build());
            }
        }
        return out;
    }

    private static void cellSteps(List<UnaryOperator<Report>> out, java.util.function.Function<Report, Cell> get,
            java.util.function.BiFunction<Report, Cell, Report> set) {
        out.add(x -> get.apply(x).value() == null || get.apply(x).value().signum() == 0 ? null : set.apply(x, Cell.of(0)));
        out.add(x -> get.apply(x).value() == null || get.apply(x).value().abs().compareTo(BigDecimal.ONE) <= 0
                ? null : set.apply(x, Cell.of(get.apply(x).value().signum())));
        out.add(x -> {
            BigDecimal v = get.apply(x).value();
            if (v == null || v.abs().compareTo(BigDecimal.valueOf(2)) < 0) {
                return null;
            }
            return set.apply(x, Cell.of(v.divideToIntegralValue(BigDecimal.valueOf(2))));
        });
        out.add(x -> get.apply(x).isMissing() ? null : set.apply(x, Cell.blank("", null)));
    }
}
