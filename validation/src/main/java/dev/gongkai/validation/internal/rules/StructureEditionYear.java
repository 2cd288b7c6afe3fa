package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;

/** The edition fits the year: 2021 for years from 2021, 2019 for 2019 and 2020. */
@RuleDefinition(id = "structure.edition-year", severity = Severity.WARNING, since = "0.1",
        summary = "The template edition fits the report year (2021 from 2021, 2019 for 2019-2020).",
        messages = "structure.edition-year")
public final class StructureEditionYear implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        if (r.year() == null) {
            return;
        }
        Edition fit = Edition.forYear(r.year());
        if (fit != r.edition()) {
            ctx.finding("structure.edition-year", Location.DOCUMENT)
                    .arguments(r.edition().code(), r.year(), fit.code()).add();
        }
    }
}
