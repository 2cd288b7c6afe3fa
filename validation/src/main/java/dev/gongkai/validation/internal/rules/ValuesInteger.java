package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.math.BigDecimal;

/** Counts are whole numbers (amounts may have decimals). */
@RuleDefinition(id = "values.integer", severity = Severity.ERROR, since = "0.1",
        summary = "Counts are whole numbers.",
        messages = "values.integer")
public final class ValuesInteger implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Cells.Slot s : Cells.of(ctx.report())) {
            BigDecimal v = s.cell().value();
            if (v != null && s.kind() != ActiveColumn.Kind.AMOUNT && v.stripTrailingZeros().scale() > 0) {
                ctx.finding("values.integer", s.location()).actual(v)
                        .arguments(s.row().label(), s.column().label(), v).span(s.cell().span())
                        .over(s.table(), s.row(), s.column()).add();
            }
        }
    }
}
