package dev.gongkai.cli.check;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.SourceSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The little a batch keeps of each report for the cross-year pass: organ key, year, source, edition
 * and the cells the cross-year rules read (carried over, carried forward; rules and normative
 * documents of table 二), packed into one string so that a batch of many thousand reports stays small.
 *
 * @param organKey the {@link OrganKey}
 * @param organ the organ as written
 * @param year the year
 * @param source the source path
 * @param edition the edition
 * @param cells the packed cells
 * @param status the report's status before the cross-year pass
 */
public record YearKey(String organKey, String organ, int year, String source, Edition edition, String cells,
        Status status) {

    private static final char CELL = '\u001e';
    private static final char FIELD = '\u001f';
    private static final List<ApplicationRow> APPLICATION_ROWS = List.of(ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD);
    private static final List<ActiveRow> ACTIVE_ROWS = List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS);

    /** The key of a report, or {@code null} when it names no organ or year. */
    public static YearKey of(String source, Report r, Status status) {
        String key = OrganKey.of(r.organ());
        if (key == null || r.year() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(256);
        for (ApplicationRow row : APPLICATION_ROWS) {
            for (Applicant a : Applicant.all()) {
                pack(b, r.applications().cell(row, a));
            }
        }
        for (ActiveRow row : ACTIVE_ROWS) {
            for (ActiveColumn c : row.columns(r.edition())) {
                pack(b, r.activeDisclosure().cell(row, c));
            }
        }
        return new YearKey(key, r.organ(), r.year(), source, r.edition(), b.toString(), status);
    }

    /** A report holding only the organ, year, edition and the kept cells. */
    public Report toReport() {
        Report.Builder b = Report.builder(edition).organ(organ).year(year);
        List<Cell> cs = unpack();
        int i = 0;
        for (ApplicationRow row : APPLICATION_ROWS) {
            for (Applicant a : Applicant.all()) {
                b.cell(row, a, cs.get(i++));
            }
        }
        for (ActiveRow row : ACTIVE_ROWS) {
            for (ActiveColumn c : row.columns(edition)) {
                b.cell(row, c, cs.get(i++));
            }
        }
        return b.build();
    }

    private static void pack(StringBuilder b, Cell c) {
        b.append(c.isMissing() ? "m" : c.value() == null ? "b" : "v" + c.value().toPlainString());
        SourceSpan s = c.span();
        if (s != null) {
            b.append(FIELD).append(s.line()).append(FIELD).append(s.column()).append(FIELD).append(s.page());
            if (s.path() != null) {
                b.append(FIELD).append(s.path());
            }
        }
        b.append(CELL);
    }

    private List<Cell> unpack() {
        List<Cell> out = new ArrayList<>();
        int start = 0;
        for (int end = cells.indexOf(CELL); end >= 0; start = end + 1, end = cells.indexOf(CELL, start)) {
            String[] f = cells.substring(start, end).split(String.valueOf(FIELD), 5);
            SourceSpan span = f.length < 4 ? null : new SourceSpan(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), f.length == 5 ? f[4] : null);
            String v = f[0];
            out.add(v.equals("m") ? Cell.MISSING : v.equals("b") ? Cell.blank("", span)
                    : Cell.read(new BigDecimal(v.substring(1)), v.substring(1), span));
        }
        return out;
    }
}
