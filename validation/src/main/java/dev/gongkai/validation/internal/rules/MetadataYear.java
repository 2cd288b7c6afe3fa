package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;
import dev.gongkai.model.YearMention;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year can be determined, and the title, the statistical period and the body agree on it. The
 * body speaks of other years too (last year's problems, next year's plans), so it disagrees only when
 * none of its mentions is the report's year. Without a record of the layout (JSON) the title is read.
 */
@RuleDefinition(id = "metadata.year", severity = Severity.WARNING, since = "0.1",
        summary = "The year can be determined, and title, statistical period and body agree on it.",
        messages = {"metadata.year.unknown", "metadata.year.disagree", "metadata.year.body"})
public final class MetadataYear implements Rule {

    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        if (r.year() == null) {
            ctx.finding("metadata.year.unknown", Location.DOCUMENT).add();
            return;
        }
        int year = r.year();
        if (!r.structure().known()) {
            if (r.title() != null) {
                Matcher m = TITLE_YEAR.matcher(r.title());
                if (m.find() && Integer.parseInt(m.group(1)) != year) {
                    disagree(ctx, "title", Integer.parseInt(m.group(1)), year, r.title());
                }
            }
            return;
        }
        List<YearMention> mentions = r.structure().years();
        boolean bodySays = false;
        boolean bodyRight = false;
        for (YearMention y : mentions) {
            if (y.where().equals("body")) {
                bodySays = true;
                bodyRight |= y.year() == year;
            } else if (y.year() != year) {
                disagree(ctx, y.where(), y.year(), year, y.quote());
            }
        }
        if (bodySays && !bodyRight) {
            YearMention first = mentions.stream().filter(y -> y.where().equals("body")).findFirst().orElseThrow();
            ctx.finding("metadata.year.body", Location.DOCUMENT).expected(BigDecimal.valueOf(year))
                    .actual(BigDecimal.valueOf(first.year())).arguments(year, first.quote()).add();
        }
    }

    private static void disagree(RuleContext ctx, String where, int said, int year, String quote) {
        ctx.finding("metadata.year.disagree", Location.DOCUMENT).expected(BigDecimal.valueOf(year))
                .actual(BigDecimal.valueOf(said)).arguments(where, said, year, quote).add();
    }
}
