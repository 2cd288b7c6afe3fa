package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;

/**
 * The tables of sections 二, 三 and 四 are there. With a record of the layout, a table the reader did
 * not find; without one (JSON), a table of which no cell holds a value.
 */
@RuleDefinition(id = "structure.tables", severity = Severity.ERROR, since = "0.1",
        summary = "The tables of sections 二, 三 and 四 are present.",
        messages = "structure.tables")
public final class StructureTables implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (TableId t : TableId.values()) {
            if (Tables.missingEntirely(ctx.report(), t)) {
                ctx.finding("structure.tables", new Location(t.code(), null, null, t.section().code()))
                        .arguments(t.section().numeral(), t.label()).add();
            }
        }
    }
}
