package dev.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

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
 * @param tablesUnmapped tables the document holds (their heading and numbers are there) that the reader
 *     could not map onto the template, each with the code of the reader's problem; such a table is not
 *     missing, it is uncertain (since 0.2)
 * @param metadataUncertain the report's fields ({@link #YEAR}, {@link #ORGAN}) the reader could not read
 *     with certainty (recognised by OCR and not confirmed by a second place in the document), each with the
 *     code of the reader's problem; a batch does not pair a report on such a field (since 0.2)
 * @since 0.1
 */
public record DocumentStructure(
        boolean known,
        List<SectionHeading> headings,
        Set<TableId> tablesFound,
        List<YearMention> years,
        List<String> templateDeviations,
        Map<TableId, String> tablesUnmapped,
        Map<String, String> metadataUncertain) {

    /** The field name of the report's year in {@link #metadataUncertain()}. */
    public static final String YEAR = "year";

    /** The field name of the report's organ in {@link #metadataUncertain()}. */
    public static final String ORGAN = "organ";

    /** Nothing known about the layout. */
    public static final DocumentStructure UNKNOWN =
            new DocumentStructure(false, List.of(), Set.of(), List.of(), List.of(), Map.of());

    /** A structure whose year and organ were read with certainty. */
    public DocumentStructure(boolean known, List<SectionHeading> headings, Set<TableId> tablesFound,
            List<YearMention> years, List<String> templateDeviations, Map<TableId, String> tablesUnmapped) {
        this(known, headings, tablesFound, years, templateDeviations, tablesUnmapped, Map.of());
    }

    /** A structure in which every table found was mapped. */
    public DocumentStructure(boolean known, List<SectionHeading> headings, Set<TableId> tablesFound,
            List<YearMention> years, List<String> templateDeviations) {
        this(known, headings, tablesFound, years, templateDeviations, Map.of());
    }

    public DocumentStructure {
        headings = List.copyOf(headings);
        tablesFound = Set.copyOf(tablesFound);
        years = List.copyOf(years);
        templateDeviations = List.copyOf(templateDeviations);
        Map<TableId, String> unmapped = new EnumMap<>(TableId.class);
        if (tablesUnmapped != null) {
            unmapped.putAll(tablesUnmapped);
        }
        tablesUnmapped = Collections.unmodifiableMap(unmapped);
        metadataUncertain = metadataUncertain == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadataUncertain));
    }

    /** A copy that records a table as held by the document but not mapped, with the reader's problem code. */
    public DocumentStructure withUnmapped(TableId table, String problem) {
        Map<TableId, String> m = new EnumMap<>(TableId.class);
        m.putAll(tablesUnmapped);
        m.put(Objects.requireNonNull(table), Objects.requireNonNull(problem));
        return new DocumentStructure(known, headings, tablesFound, years, templateDeviations, m, metadataUncertain);
    }

    /**
     * A copy that records a field of the report ({@link #YEAR}, {@link #ORGAN}) as not read with certainty,
     * with the reader's problem code.
     *
     * @since 0.2
     */
    public DocumentStructure withMetadataUncertain(String field, String problem) {
        Map<String, String> m = new TreeMap<>(metadataUncertain);
        m.put(Objects.requireNonNull(field), Objects.requireNonNull(problem));
        return new DocumentStructure(known, headings, tablesFound, years, templateDeviations, tablesUnmapped, m);
    }

    /**
     * True when the report's year and organ were read with certainty, so that a batch may pair the report
     * with others on them.
     *
     * @since 0.2
     */
    public boolean metadataCertain() {
        return !metadataUncertain.containsKey(YEAR) && !metadataUncertain.containsKey(ORGAN);
    }
}
