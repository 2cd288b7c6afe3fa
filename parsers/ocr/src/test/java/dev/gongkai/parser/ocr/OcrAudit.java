package dev.gongkai.parser.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.util.List;

/** What the OCR tests count: tables 三 and 四 audited cell by cell, and ERROR findings. */
final class OcrAudit {

    private OcrAudit() {}

    /** Runs only where the engine is installed; on CI (which installs it) its absence fails. */
    static void requireEngine() throws OcrEngineMissingException {
        if ("true".equals(System.getenv("CI"))) {
            Tesseract.require(); // .ci/run installs it: a missing engine there is a failure
        }
        assumeTrue(Tesseract.available(), "tesseract with chi_sim is not installed");
    }

    /**
     * Adds the audit of tables 三 and 四 of {@code read} against {@code truth} to {@code count}. The truth
     * is a canonical JSON ({@code *.expected.json}), whose {@code null} stands for a blank and a missing
     * cell alike (it reads back as missing): a cell read blank where the truth is {@code null} is the same
     * value, not one read wrong (else every empty cell of a ruled table would count as wrong and certain).
     */
    static void tables34(Report truth, Report read, long[] count, List<String> wrong) {
        Report blanked = blankWhereNull(truth, read);
        ReadingAudit.certainty(blanked.applications(), read.applications(), count, wrong);
        ReadingAudit.certainty(blanked.reviewLitigation(), read.reviewLitigation(), count, wrong);
    }

    /** The truth with its {@code null} cells blank where {@code read} has a blank cell. */
    private static Report blankWhereNull(Report truth, Report read) {
        Report.Builder b = truth.toBuilder();
        StatTable<ApplicationRow, Applicant> t = truth.applications();
        StatTable<ApplicationRow, Applicant> r = read.applications();
        for (ApplicationRow row : t.rows()) {
            for (Applicant c : t.columns(row)) {
                if (t.cell(row, c).isMissing() && r.has(row, c) && blank(r.cell(row, c))) {
                    b.cell(row, c, Cell.blank("", null));
                }
            }
        }
        StatTable<ReviewGroup, ReviewColumn> tv = truth.reviewLitigation();
        StatTable<ReviewGroup, ReviewColumn> rv = read.reviewLitigation();
        for (ReviewGroup g : tv.rows()) {
            for (ReviewColumn c : tv.columns(g)) {
                if (tv.cell(g, c).isMissing() && rv.has(g, c) && blank(rv.cell(g, c))) {
                    b.cell(g, c, Cell.blank("", null));
                }
            }
        }
        return b.build();
    }

    private static boolean blank(Cell c) {
        return c.value() == null && !c.isMissing();
    }

    /**
     * Where the uncertain cells of tables 三 and 四 come from: the count of cells not read the same but
     * marked uncertain, by the problem code they carry, added to {@code codes}.
     */
    static void uncertainByCode(Report truth, Report read, java.util.Map<String, Integer> codes) {
        Report blanked = blankWhereNull(truth, read);
        byCode(blanked.applications(), read.applications(), codes);
        byCode(blanked.reviewLitigation(), read.reviewLitigation(), codes);
    }

    /**
     * The cells of tables 三 and 四 not read the same as the truth, one line each: where, the truth, what
     * was read (its raw text) and the problem it carries, so a measure names what it lost.
     */
    static List<String> notExact(Report truth, Report read) {
        Report blanked = blankWhereNull(truth, read);
        List<String> out = new java.util.ArrayList<>();
        notExact(blanked.applications(), read.applications(), out);
        notExact(blanked.reviewLitigation(), read.reviewLitigation(), out);
        return out;
    }

    private static <R extends Enum<R> & dev.gongkai.model.Code, C extends Enum<C> & dev.gongkai.model.Code> void notExact(
            StatTable<R, C> truth, StatTable<R, C> read, List<String> out) {
        for (R row : truth.rows()) {
            for (C column : truth.columns(row)) {
                Cell e = truth.cell(row, column);
                Cell a = read.has(row, column) ? read.cell(row, column) : Cell.MISSING;
                if (!ReadingAudit.same(e, a)) {
                    out.add(row.code() + "/" + column.code() + ": truth " + e.value() + ", read " + a.value()
                            + " (raw '" + a.raw() + "'" + (a.span() == null ? "" : " at " + a.span()) + "), "
                            + (a.isCertain() ? "certain" : String.valueOf(a.uncertainty())));
                }
            }
        }
    }

    private static <R extends Enum<R> & dev.gongkai.model.Code, C extends Enum<C> & dev.gongkai.model.Code> void byCode(
            StatTable<R, C> truth, StatTable<R, C> read, java.util.Map<String, Integer> codes) {
        for (R row : truth.rows()) {
            for (C column : truth.columns(row)) {
                Cell a = read.has(row, column) ? read.cell(row, column) : Cell.MISSING;
                if (!ReadingAudit.same(truth.cell(row, column), a) && !a.isCertain()) {
                    codes.merge(String.valueOf(a.uncertainty()), 1, Integer::sum);
                }
            }
        }
    }

    /** The ERROR findings validation gives on a report. */
    static List<String> errors(Report r) {
        return Validator.defaults().validate(r).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::toString).toList();
    }

    static String figures(long[] c) {
        return String.format(java.util.Locale.ROOT, "%d cells: %d exact (%.2f %%), %d uncertain, %d missing, %d wrong"
                + " and certain", c[ReadingAudit.CELLS], c[ReadingAudit.SAME], 100.0 * c[ReadingAudit.SAME]
                / Math.max(1, c[ReadingAudit.CELLS]), c[ReadingAudit.UNCERTAIN], c[ReadingAudit.MISSING],
                c[ReadingAudit.WRONG_AND_CERTAIN]);
    }
}
