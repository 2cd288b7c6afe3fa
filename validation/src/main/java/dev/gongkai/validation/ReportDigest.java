package dev.gongkai.validation;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The little a batch keeps of each report for the rules that need more than one report (cross-year rules
 * and {@code batch.duplicate}, through {@link Validator#batchFindings}): organ as written, year, edition,
 * and every cell of tables 二, 三 and 四 packed into one string — its value or blank, the reader's doubt if
 * any, and the source position only for the cells the cross-year rules point at (carried over, carried
 * forward; rules and normative documents). About a kilobyte per report, made of strings only, so that a
 * batch of any size can keep it in memory or send it between machines. {@code gongkai check} and the Spark
 * job both pair reports by digests, so both give the same batch findings.
 *
 * <pre>{@code
 * ReportDigest d = ReportDigest.of(report);          // null: names no year or no plausible organ
 * Report tables = d.toReport();                        // organ, year, edition, every table cell
 * List<Finding> added = validator.batchFindings(tables, previous.toReport(), List.of());
 * }</pre>
 *
 * @param organ the organ as written
 * @param year the year
 * @param edition the edition's code ({@link Edition#code()})
 * @param collapsed whether table 三 has （六）其他处理 as one row (always so in edition 2019)
 * @param unmapped the tables the document holds but its reader could not map, as {@code table=problem;…}, or ""
 * @param cells the packed cells
 * @since 0.2
 */
public record ReportDigest(String organ, int year, String edition, boolean collapsed, String unmapped, String cells)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final char CELL = '\u001e';
    private static final char FIELD = '\u001f';
    private static final Set<ApplicationRow> APPLICATION_SPANS = Set.of(ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD);
    private static final Set<ActiveRow> ACTIVE_SPANS = Set.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS);

    public ReportDigest {
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(unmapped, "unmapped");
        Objects.requireNonNull(cells, "cells");
    }

    /**
     * The digest of a report, or {@code null} when it names no year or no plausible organ ({@link OrganKey}),
     * or its year or organ was not read with certainty ({@code DocumentStructure.metadataUncertain}): such a
     * report meets no other in a batch.
     */
    public static ReportDigest of(Report r) {
        if (OrganKey.of(r.organ()) == null || r.year() == null || !r.structure().metadataCertain()) {
            return null;
        }
        StringBuilder b = new StringBuilder(512);
        pack(b, r.activeDisclosure(), ACTIVE_SPANS);
        pack(b, r.applications(), APPLICATION_SPANS);
        pack(b, r.reviewLitigation(), Set.of());
        StringBuilder u = new StringBuilder();
        r.structure().tablesUnmapped().forEach((t, p) -> u.append(t.code()).append('=').append(p).append(';'));
        return new ReportDigest(r.organ(), r.year(), r.edition().code(), r.applications().has(ApplicationRow.OTHER),
                u.toString(), b.toString());
    }

    /** A report holding the organ, year, edition, every table cell and the tables that could not be mapped. */
    public Report toReport() {
        Edition e = Edition.fromCode(edition).orElseThrow(() -> new IllegalArgumentException("unknown edition " + edition));
        Iterator<Cell> cs = new Cells(cells);
        Report.Builder b = Report.builder(e).organ(organ).year(year)
                .activeDisclosure(unpack(Templates.active(e), cs))
                .applications(unpack(Templates.applications(e, collapsed), cs))
                .reviewLitigation(unpack(Templates.REVIEW, cs));
        if (!unmapped.isEmpty()) {
            DocumentStructure s = DocumentStructure.UNKNOWN;
            for (String u : unmapped.split(";")) {
                int eq = u.indexOf('=');
                s = s.withUnmapped(TableId.fromCode(u.substring(0, eq)), u.substring(eq + 1));
            }
            b.structure(s);
        }
        return b.build();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void pack(StringBuilder b, StatTable<R, C> t,
            Set<R> withSpans) {
        for (R row : t.rows()) {
            for (Map.Entry<C, Cell> e : t.row(row).entrySet()) {
                pack(b, e.getValue(), withSpans.contains(row));
            }
        }
    }

    private static void pack(StringBuilder b, Cell c, boolean withSpan) {
        b.append(c.isMissing() ? "m" : c.value() == null ? "b" : "v" + c.value().toPlainString());
        SourceSpan s = withSpan ? c.span() : null;
        if (s != null || !c.isCertain()) {
            b.append(FIELD).append(c.isCertain() ? "" : c.uncertainty());
        }
        if (s != null) {
            b.append(FIELD).append(s.line()).append(FIELD).append(s.column()).append(FIELD).append(s.page());
            if (s.path() != null) {
                b.append(FIELD).append(s.path());
            }
        }
        b.append(CELL);
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> StatTable<R, C> unpack(StatTable<R, C> empty,
            Iterator<Cell> cs) {
        StatTable.Builder<R, C> b = empty.toBuilder();
        for (R row : empty.rows()) {
            for (C c : empty.row(row).keySet()) {
                b.put(row, c, cs.next());
            }
        }
        return b.build();
    }

    /** The empty tables of each edition, made once on first use (a batch unpacks a digest per report and pair). */
    private static final class Templates {
        static final Map<Edition, StatTable<ActiveRow, ActiveColumn>> ACTIVE = new java.util.concurrent.ConcurrentHashMap<>();
        static final Map<Edition, StatTable<ApplicationRow, Applicant>> APPLICATIONS = new java.util.concurrent.ConcurrentHashMap<>();
        static final Map<Edition, StatTable<ApplicationRow, Applicant>> COLLAPSED = new java.util.concurrent.ConcurrentHashMap<>();
        static final StatTable<ReviewGroup, ReviewColumn> REVIEW = Report.reviewLitigationBuilder().build();

        static StatTable<ActiveRow, ActiveColumn> active(Edition e) {
            return ACTIVE.computeIfAbsent(e, x -> Report.activeDisclosureBuilder(x).build());
        }

        static StatTable<ApplicationRow, Applicant> applications(Edition e, boolean collapsed) {
            return (collapsed ? COLLAPSED : APPLICATIONS).computeIfAbsent(e, x -> Report.applicationsBuilder(x, collapsed).build());
        }
    }

    /** The packed cells, read one at a time. */
    private static final class Cells implements Iterator<Cell> {
        private final String packed;
        private int start;

        Cells(String packed) {
            this.packed = packed;
        }

        @Override
        public boolean hasNext() {
            return start < packed.length();
        }

        @Override
        public Cell next() {
            int end = packed.indexOf(CELL, start);
            int field = packed.indexOf(FIELD, start);
            if (field < 0 || field > end) { // most cells: a value, certain, no span
                String v = packed.substring(start, end);
                start = end + 1;
                return v.equals("m") ? Cell.MISSING : v.equals("b") ? Cell.blank("", null)
                        : Cell.read(new BigDecimal(v.substring(1)), v.substring(1), null);
            }
            String[] f = packed.substring(start, end).split(String.valueOf(FIELD), 6);
            start = end + 1;
            String doubt = f.length > 1 && !f[1].isEmpty() ? f[1] : null;
            SourceSpan span = f.length < 5 ? null : new SourceSpan(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), f.length == 6 ? f[5] : null);
            String v = f[0];
            Cell c = v.equals("m") ? Cell.MISSING : v.equals("b") ? Cell.blank("", span)
                    : Cell.read(new BigDecimal(v.substring(1)), v.substring(1), span);
            return doubt == null ? c : c.uncertain(doubt);
        }
    }
}
