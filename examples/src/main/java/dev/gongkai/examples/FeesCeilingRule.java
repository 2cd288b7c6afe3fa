package dev.gongkai.examples;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;

/**
 * A custom rule: administrative fees (行政事业性收费, 万元) above a ceiling are worth a second look.
 * It is registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.gongkai.validation.spi.Rule}, so {@code Validator.defaults()} runs it
 * and {@code gongkai rules} lists it; its messages are in {@code dev/gongkai/examples/messages*.properties}.
 * Configure it like a built-in rule: {@code RuleConfig.defaults().parameter("example.fees-ceiling", "max", "5000")}.
 */
@RuleDefinition(id = "example.fees-ceiling", severity = Severity.INFO, since = "0.1",
        summary = "Administrative fees stay under a ceiling (parameter max, in 万元).",
        messages = "example.fees-ceiling", bundle = "dev.gongkai.examples.messages",
        parameters = @RuleParameter(name = "max", defaultValue = "10000", description = "The ceiling in 万元."))
public final class FeesCeilingRule implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.report().edition() != Edition.E2021) {
            return; // edition 2019 has no amount column for fees
        }
        var cell = ctx.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.AMOUNT);
        BigDecimal max = ctx.parameter("max");
        if (cell.value() != null && cell.value().compareTo(max) > 0) { // blank is skipped, never read as 0
            ctx.finding("example.fees-ceiling", Location.cell(TableId.ACTIVE_DISCLOSURE, ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.AMOUNT))
                    .expected(max).actual(cell.value()).arguments(cell.value(), max).span(cell.span()).add();
        }
    }
}
