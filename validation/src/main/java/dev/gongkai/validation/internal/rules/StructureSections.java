package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.SectionHeading;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six sections are present (WARNING for each missing one), their headings numbered and in order
 * (INFO). With no record of the layout (a report from JSON) only missing sections are reported, and
 * only when the report has some section text at all (JSON without narrative says nothing about it).
 */
@RuleDefinition(id = "structure.sections", severity = Severity.WARNING, since = "0.1",
        summary = "The six sections are present, numbered and in order.",
        messages = {"structure.sections.missing", "structure.sections.unnumbered", "structure.sections.order"})
public final class StructureSections implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        DocumentStructure s = r.structure();
        Set<Section> present = EnumSet.noneOf(Section.class);
        present.addAll(r.sections().keySet());
        if (s.known()) {
            for (SectionHeading h : s.headings()) {
                present.add(h.section());
            }
        } else if (present.isEmpty()) {
            return;
        }
        for (Section sec : Section.values()) {
            if (!present.contains(sec)) {
                ctx.finding("structure.sections.missing", Location.section(sec))
                        .arguments(sec.numeral(), sec.label()).add();
            }
        }
        if (!s.known()) {
            return;
        }
        int last = -1;
        for (SectionHeading h : s.headings()) {
            if (!h.numbered()) {
                ctx.finding("structure.sections.unnumbered", Location.section(h.section()))
                        .arguments(h.section().numeral(), h.text()).span(h.span()).severity(Severity.INFO).add();
            }
            if (h.section().ordinal() < last) {
                ctx.finding("structure.sections.order", Location.section(h.section()))
                        .arguments(h.section().numeral(), h.text()).span(h.span()).severity(Severity.INFO).add();
            }
            last = Math.max(last, h.section().ordinal());
        }
    }
}
