package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
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

/** Per group of table 四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
@RuleDefinition(id = "review-litigation.sum", severity = Severity.ERROR, since = "0.1",
        summary = "Per group of table 四: total = upheld + corrected + other + pending.",
        messages = "review-litigation.sum",
        parameters = @RuleParameter(name = "tolerance", defaultValue = "0",
                description = "The largest difference that is not reported."))
public final class ReviewLitigationSum implements Rule {

    @Override
    public void check(RuleContext ctx) {
        StatTable<ReviewGroup, ReviewColumn> t = ctx.report().reviewLitigation();
        BigDecimal tol = ctx.parameter("tolerance");
        for (ReviewGroup g : t.rows()) {
            List<BigDecimal> parts = new ArrayList<>();
            for (ReviewColumn c : ReviewColumn.parts()) {
                parts.add(t.value(g, c));
            }
            BigDecimal sum = Sums.sum(parts);
            BigDecimal total = t.value(g, ReviewColumn.TOTAL);
            if (Sums.differ(sum, total, tol)) {
                ctx.finding("review-litigation.sum", Location.cell(TableId.REVIEW_LITIGATION, g, ReviewColumn.TOTAL))
                        .expected(sum).actual(total).arguments(g.label(), total, sum)
                        .overRow(t, g)
                        .span(t.cell(g, ReviewColumn.TOTAL).span())
                        .add();
            }
        }
    }
}
