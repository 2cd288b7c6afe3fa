package dev.gongkai.validation.custom;

import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;

/** A custom rule, registered through META-INF/services in the test sources: the organ must be named. */
@RuleDefinition(id = "custom.organ-named", severity = Severity.WARNING, since = "test",
        summary = "The report names its organ.", messages = "custom.organ-named",
        bundle = "dev.gongkai.validation.custom.messages",
        parameters = @RuleParameter(name = "min-length", defaultValue = "1", description = "Shortest organ name."))
public final class OrganNamedRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        String organ = ctx.report().organ();
        BigDecimal min = ctx.parameter("min-length");
        if (organ == null || organ.length() < min.intValue()) {
            ctx.finding("custom.organ-named", Location.DOCUMENT).arguments(organ == null ? "" : organ).add();
        }
    }
}
