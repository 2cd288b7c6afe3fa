package dev.gongkai.validation.internal.rules;

import static dev.gongkai.model.ApplicationRow.CARRIED_FORWARD;
import static dev.gongkai.model.ApplicationRow.CARRIED_OVER;
import static dev.gongkai.model.ApplicationRow.NEW_RECEIVED;
import static dev.gongkai.model.ApplicationRow.TOTAL_HANDLED;

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

/** Per column of table 三: new + carried over = handled + carried forward (the template's 勾稽关系). */
@RuleDefinition(id = "applications.balance", severity = Severity.ERROR, since = "0.1",
        summary = "Per column of table 三: new_received + carried_over = total_handled + carried_forward.",
        messages = "applications.balance",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class ApplicationsBalance implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StatTable<ApplicationRow, Applicant> t = ctx.report().applications();
        BigDecimal tol = ctx.parameter("tolerance");
        for (Applicant c : Applicant.all()) {
            BigDecimal in = Sums.add(t.value(NEW_RECEIVED, c), t.value(CARRIED_OVER, c));
            BigDecimal outv = Sums.add(t.value(TOTAL_HANDLED, c), t.value(CARRIED_FORWARD, c));
            if (Sums.differ(in, outv, tol)) {
                ctx.finding("applications.balance", Location.cell(TableId.APPLICATIONS, null, c))
                        .expected(in).actual(outv)
                        .over(t, NEW_RECEIVED, c).over(t, CARRIED_OVER, c).over(t, TOTAL_HANDLED, c)
                        .over(t, CARRIED_FORWARD, c)
                        .arguments(c.label(), t.value(NEW_RECEIVED, c), t.value(CARRIED_OVER, c), in,
                                t.value(TOTAL_HANDLED, c), t.value(CARRIED_FORWARD, c), outv)
                        .add();
            }
        }
    }
}
