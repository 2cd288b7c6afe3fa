package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;

/**
 * Given last year's report of the same organ: this year's 上年结转 equals last year's 结转下年度继续办理,
 * per column. Runs only when the two years follow each other (or a year is unknown).
 */
@RuleDefinition(id = "cross-year.carry-over", severity = Severity.ERROR, since = "0.1",
        summary = "This year's carried_over equals last year's carried_forward, per column.",
        messages = "cross-year.carry-over",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class CrossYearCarryOver implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        Report last = ctx.previousYear().orElse(null);
        if (last == null || !CrossYear.consecutive(last, r)) {
            return;
        }
        BigDecimal tol = ctx.parameter("tolerance");
        for (Applicant c : Applicant.all()) {
            BigDecimal was = last.applications().value(ApplicationRow.CARRIED_FORWARD, c);
            BigDecimal is = r.applications().value(ApplicationRow.CARRIED_OVER, c);
            if (Sums.differ(was, is, tol)) {
                ctx.finding("cross-year.carry-over", Location.cell(TableId.APPLICATIONS, ApplicationRow.CARRIED_OVER, c))
                        .expected(was).actual(is)
                        .over(last.applications(), ApplicationRow.CARRIED_FORWARD, c)
                        .over(r.applications(), ApplicationRow.CARRIED_OVER, c)
                        .arguments(c.label(), is, was, last.year() == null ? "?" : last.year())
                        .span(r.applications().cell(ApplicationRow.CARRIED_OVER, c).span())
                        .add();
            }
        }
    }
}
