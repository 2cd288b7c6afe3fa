package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.TableId;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;

/**
 * Each cell the template requires that is blank or missing, once. A table that is missing entirely is
 * left to {@code structure.tables}; a table the document holds but the reader could not map onto the
 * template ({@code DocumentStructure.tablesUnmapped}) to {@code reading.uncertain}, which says so once:
 * its cells are not missing from the document, they were not read.
 */
@RuleDefinition(id = "values.blank", severity = Severity.WARNING, since = "0.1",
        summary = "A cell the template requires is blank or missing.",
        messages = {"values.blank", "values.blank.missing"})
public final class ValuesBlank implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Cells.Slot s : Cells.of(ctx.report())) {
            TableId table = (TableId) s.table().id();
            if (!s.cell().isBlank() || Tables.missingEntirely(ctx.report(), table)
                    || ctx.report().structure().tablesUnmapped().containsKey(table)) {
                continue;
            }
            if (s.cell().isMissing() && ctx.report().structure().known()) {
                ctx.finding("values.blank.missing", s.location())
                        .arguments(s.row().label(), s.column().label()).span(s.cell().span())
                        .over(s.table(), s.row(), s.column()).add();
            } else {
                ctx.finding("values.blank", s.location())
                        .arguments(s.row().label(), s.column().label(), s.cell().raw() == null ? "" : s.cell().raw())
                        .span(s.cell().span()).over(s.table(), s.row(), s.column()).add();
            }
        }
    }
}
