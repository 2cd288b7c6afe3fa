package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.util.Map;

/**
 * What the reader could not read with certainty, said as such instead of blamed on the report. Its
 * findings come from two places: this rule gives one per table the document holds but the reader could
 * not map onto the template; every other rule's finding that rests on an uncertain cell
 * ({@code FindingBuilder.over}) is given under this rule's id instead of its own, naming the rule, the
 * cells and the reader's problems; and one per field of the report (year, organ) recognised by OCR and not
 * confirmed, on which a batch does not pair the report. Turned off, those findings are dropped, not given
 * as errors.
 */
@RuleDefinition(id = "reading.uncertain", severity = Severity.WARNING, since = "0.2",
        summary = "The document could not be read with certainty here, so the report is not blamed.",
        messages = {"reading.uncertain", "reading.uncertain.table", "reading.uncertain.metadata"})
public final class ReadingUncertain implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (Map.Entry<TableId, String> e : ctx.report().structure().tablesUnmapped().entrySet()) {
            TableId t = e.getKey();
            ctx.finding("reading.uncertain.table", new Location(t.code(), null, null, t.section().code()))
                    .arguments(t.section().numeral(), t.label(), e.getValue()).add();
        }
        Report r = ctx.report();
        for (Map.Entry<String, String> e : r.structure().metadataUncertain().entrySet()) {
            Object value = DocumentStructure.YEAR.equals(e.getKey()) ? r.year() : r.organ();
            ctx.finding("reading.uncertain.metadata", Location.DOCUMENT)
                    .arguments(e.getKey(), String.valueOf(value), e.getValue()).add();
        }
    }
}
