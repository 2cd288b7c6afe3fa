package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Review and litigation counts stated in the prose agree with table 四: 被申请行政复议N件 with the review
 * total, 行政诉讼N件 with the two litigation totals together. Only a number right after the words (with
 * nothing but 案件/共/为 … between) is read.
 */
@RuleDefinition(id = "narrative.review-litigation", severity = Severity.WARNING, since = "0.1",
        summary = "Review and litigation counts stated in the prose agree with table 四.",
        messages = {"narrative.review-litigation.review", "narrative.review-litigation.litigation"})
public final class NarrativeReviewLitigation implements Rule {

    private static final String GAP = "(?:案件|案|共|总计|合计|数量|数|为|是|有|：|:|\\s)*";
    private static final Pattern REVIEW = Pattern.compile("(?<![和及与、或])行政复议" + GAP + "(?<n>\\d+)\\s*(?:件|起|宗|个)");
    private static final Pattern LITIGATION = Pattern.compile("(?<![和及与、或])行政诉讼" + GAP + "(?<n>\\d+)\\s*(?:件|起|宗|个)");

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        var t = r.reviewLitigation();
        BigDecimal review = t.value(ReviewGroup.REVIEW, ReviewColumn.TOTAL);
        BigDecimal litigation = Sums.add(t.value(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL),
                t.value(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL));
        Set<String> seen = new HashSet<>();
        for (Prose.Count c : Prose.find(r, REVIEW, null, "行政复议")) {
            if (review != null && c.value().compareTo(review) != 0 && seen.add("r" + c.value())) {
                ctx.finding("narrative.review-litigation.review",
                                Location.cell(TableId.REVIEW_LITIGATION, ReviewGroup.REVIEW, ReviewColumn.TOTAL)
                                        .withSection(c.section()))
                        .expected(review).actual(c.value()).arguments(c.value(), review, c.sentence())
                        .over(t, ReviewGroup.REVIEW, ReviewColumn.TOTAL).add();
            }
        }
        for (Prose.Count c : Prose.find(r, LITIGATION, null, "行政诉讼")) {
            if (litigation != null && c.value().compareTo(litigation) != 0 && seen.add("l" + c.value())) {
                ctx.finding("narrative.review-litigation.litigation",
                                Location.cell(TableId.REVIEW_LITIGATION, null, ReviewColumn.TOTAL).withSection(c.section()))
                        .expected(litigation).actual(c.value()).arguments(c.value(), litigation, c.sentence())
                        .over(t, ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL)
                        .over(t, ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL).add();
            }
        }
    }
}
