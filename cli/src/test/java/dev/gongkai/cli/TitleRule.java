package dev.gongkai.cli;

import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;

/** A custom rule registered through META-INF/services in the test sources. */
@RuleDefinition(id = "custom.title-mentions-report", severity = Severity.INFO, since = "test",
        summary = "The title says 年度报告.", messages = "custom.title-mentions-report",
        bundle = "dev.gongkai.cli.test-messages")
public final class TitleRule implements Rule {
    @Override
    public void check(RuleContext ctx) {
        String t = ctx.report().title();
        if (t == null || !t.contains("年度报告")) {
            ctx.finding("custom.title-mentions-report", Location.DOCUMENT).arguments(String.valueOf(t)).add();
        }
    }
}
