package dev.gongkai.parser.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gongkai.model.Report;
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

    /** Adds the audit of tables 三 and 四 of {@code read} against {@code truth} to {@code count}. */
    static void tables34(Report truth, Report read, long[] count, List<String> wrong) {
        ReadingAudit.certainty(truth.applications(), read.applications(), count, wrong);
        ReadingAudit.certainty(truth.reviewLitigation(), read.reviewLitigation(), count, wrong);
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
