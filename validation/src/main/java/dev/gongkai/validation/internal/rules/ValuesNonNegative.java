package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.math.BigDecimal;

/** Counts and amounts are not negative (本年增/减 may be). */
@RuleDefinition(id = "values.non-negative", severity = Severity.ERROR, since = "0.1",
        summary = "Counts and amounts are not negative (except the 2019 column change).",
        messages = "values.non-negative")
public final class ValuesNonNegative implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Cells.Slot s : Cells.of(ctx.report())) {
            BigDecimal v = s.cell().value();
            if (v != null && v.signum() < 0 && s.kind() != ActiveColumn.Kind.SIGNED_COUNT) {
                ctx.finding("values.non-negative", s.location()).actual(v)
                        .arguments(s.row().label(), s.column().label(), v).span(s.cell().span())
                        .over(s.table(), s.row(), s.column()).add();
            }
        }
    }
}
