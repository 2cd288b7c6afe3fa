package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.util.Locale;

/**
 * Departures from the edition's template that the model records: the 2019 layout of （六）其他处理 in a
 * 2021 report, and each departure the reader noted.
 */
@RuleDefinition(id = "structure.template", severity = Severity.INFO, since = "0.1",
        summary = "The document departs from its edition's template (a collapsed row, a missing column).",
        messages = {"structure.template.other-collapsed", "structure.template.deviation"})
public final class StructureTemplate implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        if (r.otherCollapsed()) {
            ctx.finding("structure.template.other-collapsed", Location.cell(TableId.APPLICATIONS, ApplicationRow.OTHER, null))
                    .arguments(r.edition().code()).add();
        }
        for (String d : r.structure().templateDeviations()) {
            if (r.otherCollapsed() && d.toLowerCase(Locale.ROOT).contains("其他处理")) {
                continue;
            }
            ctx.finding("structure.template.deviation", Location.DOCUMENT).arguments(d).add();
        }
    }
}
