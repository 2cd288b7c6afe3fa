package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Per column of table 三: （七）总计 = the sum of the outcome rows the table has. */
@RuleDefinition(id = "applications.outcomes-sum", severity = Severity.ERROR, since = "0.1",
        summary = "Per column of table 三: total_handled equals the sum of the outcome rows.",
        messages = "applications.outcomes-sum",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class ApplicationsOutcomesSum implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StatTable<ApplicationRow, Applicant> t = ctx.report().applications();
        BigDecimal tol = ctx.parameter("tolerance");
        for (Applicant c : Applicant.all()) {
            List<BigDecimal> terms = new ArrayList<>();
            for (ApplicationRow r : t.rows()) {
                if (r.isOutcome()) {
                    terms.add(t.value(r, c));
                }
            }
            BigDecimal sum = Sums.sum(terms);
            BigDecimal total = t.value(ApplicationRow.TOTAL_HANDLED, c);
            if (Sums.differ(sum, total, tol)) {
                var f = ctx.finding("applications.outcomes-sum",
                                Location.cell(TableId.APPLICATIONS, ApplicationRow.TOTAL_HANDLED, c))
                        .expected(sum).actual(total).arguments(c.label(), total, sum)
                        .over(t, ApplicationRow.TOTAL_HANDLED, c)
                        .span(t.cell(ApplicationRow.TOTAL_HANDLED, c).span());
                for (ApplicationRow r : t.rows()) {
                    if (r.isOutcome()) {
                        f.over(t, r, c);
                    }
                }
                f.add();
            }
        }
    }
}
