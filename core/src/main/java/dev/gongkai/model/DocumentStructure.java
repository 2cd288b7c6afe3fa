package dev.gongkai.model;

import java.util.List;
import java.util.Set;

/**
 * What a reader saw of the document's layout, beyond the canonical JSON: the section headings as
 * written, which tables were found, the years the document states, and departures from the
 * template. Validation's structure and metadata rules read it. A report read from canonical JSON has
 * {@link #UNKNOWN} structure.
 *
 * @param known false when the report did not come from a document (JSON, generated)
 * @param headings the section headings in document order
 * @param tablesFound the tables the document has
 * @param years the years the document states
 * @param templateDeviations departures from the edition's template, in English, one per departure
 * @since 0.1
 */
public record DocumentStructure(
        boolean known,
        List<SectionHeading> headings,
        Set<TableId> tablesFound,
        List<YearMention> years,
        List<String> templateDeviations) {

    /** Nothing known about the layout. */
    public static final DocumentStructure UNKNOWN =
            new DocumentStructure(false, List.of(), Set.of(), List.of(), List.of());

    public DocumentStructure {
        headings = List.copyOf(headings);
        tablesFound = Set.copyOf(tablesFound);
        years = List.copyOf(years);
        templateDeviations = List.copyOf(templateDeviations);
    }
}
