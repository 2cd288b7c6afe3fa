package dev.gongkai.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One annual report: its metadata, the narrative of its six sections and its three tables. Immutable;
 * build one with {@link #builder(Edition)} or change a copy with {@link #toBuilder()}.
 *
 * <p>The edition decides which rows and columns the tables have. Rows of the edition that the
 * document lacks are present with {@link Cell#MISSING} cells.
 *
 * @param edition the template edition, never {@code null}
 * @param year the year reported on, or {@code null} when none can be determined
 * @param organ the organ the report is of, or {@code null}
 * @param title the report's title, or {@code null}
 * @param published the date under the signature, or {@code null}
 * @param sections the narrative text of each section the document has, in template order
 * @param activeDisclosure section 二
 * @param applications section 三
 * @param reviewLitigation section 四
 * @param structure what the reader saw of the layout ({@link DocumentStructure#UNKNOWN} if nothing)
 * @since 0.1
 */
public record Report(
        Edition edition,
        Integer year,
        String organ,
        String title,
        LocalDate published,
        Map<Section, String> sections,
        StatTable<ActiveRow, ActiveColumn> activeDisclosure,
        StatTable<ApplicationRow, Applicant> applications,
        StatTable<ReviewGroup, ReviewColumn> reviewLitigation,
        DocumentStructure structure) {

    public Report {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(activeDisclosure, "activeDisclosure");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(reviewLitigation, "reviewLitigation");
        structure = structure == null ? DocumentStructure.UNKNOWN : structure;
        Map<Section, String> ordered = new LinkedHashMap<>();
        if (sections != null) {
            Map<Section, String> byKey = new EnumMap<>(Section.class);
            sections.forEach((k, v) -> byKey.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
            ordered.putAll(byKey);
        }
        sections = Collections.unmodifiableMap(ordered);
        if (!activeDisclosure.rows().equals(ActiveRow.rows(edition))) {
            throw new IllegalArgumentException("active_disclosure rows do not fit edition " + edition.code());
        }
        boolean collapsed = applications.has(ApplicationRow.OTHER);
        if (!applications.rows().equals(ApplicationRow.rows(edition, collapsed))) {
            throw new IllegalArgumentException("applications rows do not fit edition " + edition.code());
        }
    }

    /** A builder for a report of an edition, with every table cell missing. */
    public static Builder builder(Edition edition) {
        return new Builder(edition);
    }

    /** A builder holding a copy of this report. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when table 三 has （六）其他处理 as one row although the edition is 2021 (SPEC §2.2). */
    public boolean otherCollapsed() {
        return edition == Edition.E2021 && applications.has(ApplicationRow.OTHER);
    }

    /**
     * Where the reader could not read with certainty: the tables the document holds but that could not be
     * mapped, then every uncertain cell, in template order. Empty when everything was read cleanly.
     *
     * @since 0.2
     */
    public List<Uncertainty> uncertainties() {
        List<Uncertainty> out = new ArrayList<>();
        structure.tablesUnmapped().forEach((t, p) -> out.add(new Uncertainty(t, null, null, p)));
        collect(activeDisclosure, out);
        collect(applications, out);
        collect(reviewLitigation, out);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** True when every cell was read cleanly and every table the document holds was mapped. */
    public boolean isCertain() {
        return uncertainties().isEmpty();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void collect(StatTable<R, C> t,
            List<Uncertainty> out) {
        for (R r : t.rows()) {
            for (Map.Entry<C, Cell> e : t.row(r).entrySet()) {
                if (!e.getValue().isCertain()) {
                    out.add(new Uncertainty(t.id(), r, e.getKey(), e.getValue().uncertainty()));
                }
            }
        }
    }

    /** The narrative text of a section, or {@code null} when the document lacks the section. */
    public String section(Section section) {
        return sections.get(section);
    }

    /** An empty active-disclosure table of an edition. */
    public static StatTable.Builder<ActiveRow, ActiveColumn> activeDisclosureBuilder(Edition edition) {
        return StatTable.builder(TableId.ACTIVE_DISCLOSURE, ActiveRow.rows(edition), r -> r.columns(edition));
    }

    /** An empty applications table of an edition and layout of （六）其他处理. */
    public static StatTable.Builder<ApplicationRow, Applicant> applicationsBuilder(Edition edition, boolean otherAsOneRow) {
        return StatTable.builder(TableId.APPLICATIONS, ApplicationRow.rows(edition, otherAsOneRow), r -> Applicant.all());
    }

    /** An empty review/litigation table. */
    public static StatTable.Builder<ReviewGroup, ReviewColumn> reviewLitigationBuilder() {
        return StatTable.builder(TableId.REVIEW_LITIGATION, ReviewGroup.all(), g -> ReviewColumn.all());
    }

    /** Builds a {@link Report}. Not thread-safe. */
    public static final class Builder {
        private final Edition edition;
        private Integer year;
        private String organ;
        private String title;
        private LocalDate published;
        private final Map<Section, String> sections = new EnumMap<>(Section.class);
        private StatTable.Builder<ActiveRow, ActiveColumn> active;
        private StatTable.Builder<ApplicationRow, Applicant> applications;
        private StatTable.Builder<ReviewGroup, ReviewColumn> review;
        private DocumentStructure structure = DocumentStructure.UNKNOWN;

        private Builder(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            this.active = activeDisclosureBuilder(edition);
            this.applications = applicationsBuilder(edition, edition == Edition.E2019);
            this.review = reviewLitigationBuilder();
        }

        private Builder(Report r) {
            this.edition = r.edition;
            this.year = r.year;
            this.organ = r.organ;
            this.title = r.title;
            this.published = r.published;
            this.sections.putAll(r.sections);
            this.active = r.activeDisclosure.toBuilder();
            this.applications = r.applications.toBuilder();
            this.review = r.reviewLitigation.toBuilder();
            this.structure = r.structure;
        }

        public Edition edition() {
            return edition;
        }

        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        public Builder organ(String organ) {
            this.organ = organ;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /** Sets a section's text; {@code null} removes the section. */
        public Builder section(Section section, String text) {
            if (text == null) {
                sections.remove(section);
            } else {
                sections.put(section, text);
            }
            return this;
        }

        public Builder structure(DocumentStructure structure) {
            this.structure = structure == null ? DocumentStructure.UNKNOWN : structure;
            return this;
        }

        /**
         * Chooses the layout of （六）其他处理 for edition 2021: one row {@code other} (true) or the three
         * {@code other.*} rows (false, the default). Cells already set in rows that stay are kept.
         */
        public Builder otherAsOneRow(boolean oneRow) {
            if (edition == Edition.E2019) {
                if (!oneRow) {
                    throw new IllegalArgumentException("edition 2019 has （六）其他处理 as one row");
                }
                return this;
            }
            StatTable<ApplicationRow, Applicant> old = applications.build();
            StatTable.Builder<ApplicationRow, Applicant> b = applicationsBuilder(edition, oneRow);
            for (ApplicationRow r : old.rows()) {
                for (Applicant a : old.columns(r)) {
                    if (b.has(r, a)) {
                        b.put(r, a, old.cell(r, a));
                    }
                }
            }
            applications = b;
            return this;
        }

        public Builder cell(ActiveRow row, ActiveColumn column, Cell cell) {
            active.put(row, column, cell);
            return this;
        }

        public Builder cell(ApplicationRow row, Applicant column, Cell cell) {
            if (row == ApplicationRow.OTHER && !applications.has(row, column)) {
                otherAsOneRow(true);
            } else if (row.isOtherSubRow() && !applications.has(row, column) && edition == Edition.E2021) {
                otherAsOneRow(false);
            }
            applications.put(row, column, cell);
            return this;
        }

        public Builder cell(ReviewGroup group, ReviewColumn column, Cell cell) {
            review.put(group, column, cell);
            return this;
        }

        public Builder activeDisclosure(StatTable<ActiveRow, ActiveColumn> table) {
            this.active = table.toBuilder();
            return this;
        }

        public Builder applications(StatTable<ApplicationRow, Applicant> table) {
            this.applications = table.toBuilder();
            return this;
        }

        public Builder reviewLitigation(StatTable<ReviewGroup, ReviewColumn> table) {
            this.review = table.toBuilder();
            return this;
        }

        public Report build() {
            return new Report(edition, year, organ, title, published, sections,
                    active.build(), applications.build(), review.build(), structure);
        }
    }
}
