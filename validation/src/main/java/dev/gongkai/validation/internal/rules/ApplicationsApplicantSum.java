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

/** Per row of table 三: 总计 = the sum of the six applicant columns. */
@RuleDefinition(id = "applications.applicant-sum", severity = Severity.ERROR, since = "0.1",
        summary = "Per row of table 三: the total column equals the sum of the six applicant columns.",
        messages = "applications.applicant-sum",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class ApplicationsApplicantSum implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StatTable<ApplicationRow, Applicant> t = ctx.report().applications();
        BigDecimal tol = ctx.parameter("tolerance");
        for (ApplicationRow r : t.rows()) {
            List<BigDecimal> parts = new ArrayList<>();
            for (Applicant a : Applicant.parts()) {
                parts.add(t.value(r, a));
            }
            BigDecimal sum = Sums.sum(parts);
            BigDecimal total = t.value(r, Applicant.TOTAL);
            if (Sums.differ(sum, total, tol)) {
                ctx.finding("applications.applicant-sum", Location.cell(TableId.APPLICATIONS, r, Applicant.TOTAL))
                        .expected(sum).actual(total).arguments(r.label(), total, sum)
                        .overRow(t, r)
                        .span(t.cell(r, Applicant.TOTAL).span())
                        .add();
            }
        }
    }
}
