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
import java.util.ArrayList;
import java.util.List;

/**
 * Opt-in, in a batch with a hierarchy of organs: a parent organ that reports for its whole area has in
 * table 三 the sum of its subordinate organs' tables, cell by cell. Cells blank in any report, and rows
 * a report lacks, are skipped.
 */
@RuleDefinition(id = "batch.hierarchy-sum", severity = Severity.WARNING, since = "0.1", enabledByDefault = false,
        summary = "A parent organ's table 三 is the sum of its subordinate organs' (opt-in, batch with a hierarchy).",
        messages = "batch.hierarchy-sum",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class BatchHierarchySum implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<Report> subs = ctx.subordinates();
        if (subs.isEmpty()) {
            return;
        }
        Report r = ctx.report();
        BigDecimal tol = ctx.parameter("tolerance");
        for (ApplicationRow row : r.applications().rows()) {
            for (Applicant c : Applicant.all()) {
                List<BigDecimal> parts = new ArrayList<>();
                for (Report s : subs) {
                    parts.add(s.applications().has(row, c) ? s.applications().value(row, c) : null);
                }
                BigDecimal sum = Sums.sum(parts);
                BigDecimal is = r.applications().value(row, c);
                if (Sums.differ(sum, is, tol)) {
                    var f = ctx.finding("batch.hierarchy-sum", Location.cell(TableId.APPLICATIONS, row, c))
                            .expected(sum).actual(is).arguments(row.label(), c.label(), is, sum, subs.size())
                            .span(r.applications().cell(row, c).span())
                            .over(r.applications(), row, c);
                    for (Report s : subs) {
                        f.over(s.applications(), row, c);
                    }
                    f.add();
                }
            }
        }
    }
}
