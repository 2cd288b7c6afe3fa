package dev.gongkai.validation.internal.rules;

import static dev.gongkai.model.ActiveColumn.ABOLISHED;
import static dev.gongkai.model.ActiveColumn.IN_FORCE;
import static dev.gongkai.model.ActiveColumn.ISSUED;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.List;

/**
 * Both years on edition 2021: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for
 * 规章 and 行政规范性文件.
 */
@RuleDefinition(id = "cross-year.normative-documents", severity = Severity.WARNING, since = "0.1",
        summary = "in_force = last year's in_force + issued - abolished (rules and normative documents, edition 2021).",
        messages = "cross-year.normative-documents",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class CrossYearNormativeDocuments implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        Report last = ctx.previousYear().orElse(null);
        if (last == null || r.edition() != Edition.E2021 || last.edition() != Edition.E2021
                || !CrossYear.consecutive(last, r)) {
            return;
        }
        BigDecimal tol = ctx.parameter("tolerance");
        for (ActiveRow row : List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS)) {
            var t = r.activeDisclosure();
            BigDecimal was = last.activeDisclosure().value(row, IN_FORCE);
            BigDecimal issued = t.value(row, ISSUED);
            BigDecimal abolished = t.value(row, ABOLISHED);
            BigDecimal is = t.value(row, IN_FORCE);
            if (was == null || issued == null || abolished == null) {
                continue;
            }
            BigDecimal expected = was.add(issued).subtract(abolished);
            if (Sums.differ(expected, is, tol)) {
                ctx.finding("cross-year.normative-documents", Location.cell(TableId.ACTIVE_DISCLOSURE, row, IN_FORCE))
                        .expected(expected).actual(is)
                        .over(last.activeDisclosure(), row, IN_FORCE).overRow(t, row)
                        .arguments(row.label(), is, was, issued, abolished, expected)
                        .span(t.cell(row, IN_FORCE).span())
                        .add();
            }
        }
    }
}
