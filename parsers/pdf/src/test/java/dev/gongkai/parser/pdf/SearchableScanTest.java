package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Scans made searchable by Tesseract (src/test/fixtures/make-scans.sh: the seeds' PDFs rasterised at
 * 200 dpi grey, rotated, noisy, JPEG, with the text layer of {@code tesseract list.txt out -l chi_sim
 * pdf}), read without an OCR engine: their text layer is OCR, so no table cell may be wrong and
 * certain, and a consistent report may get no ERROR.
 */
class SearchableScanTest {

    /** The fixtures, each with its truth ({@code NAME.expected.json}). */
    static final String[] SCANS = {"000_caa70d9250cb3ad4-ruled-gs-searchable", "001_0f3a3c160bddc4d1-ruled-gs-searchable",
        "003_e52139f12275cdbc-ruled-gs-searchable", "gen-2021-00-chrome-searchable", "gen-2019-01-writer-searchable",
        "bad-applications-balance-00-chrome-searchable"};

    @Test
    void noCellIsWrongAndCertainAndNoErrorOnAConsistentReport() throws IOException {
        long[] total = audit(name -> parse(name));
        System.out.println("searchable scans without OCR engine: " + Arrays.toString(total)
                + " (cells, same, uncertain, missing, wrong and certain)");
    }

    /** Audits every scan as read by {@code read}; asserts the two zero figures; returns the counts. */
    static long[] audit(Function<String, ParseResult> read) throws IOException {
        Validator validator = Validator.defaults();
        long[] total = new long[ReadingAudit.SIZE];
        List<String> wrong = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : SCANS) {
            Report truth = ReportJson.read(new String(LibreOfficeFixturesTest.resource("/fixtures/scans/" + name
                    + ".expected.json"), StandardCharsets.UTF_8));
            ParseResult r = read.apply(name);
            long[] count = new long[ReadingAudit.SIZE];
            List<String> w = new ArrayList<>();
            ReadingAudit.certainty(truth, r.report(), count, w);
            w.forEach(x -> wrong.add(name + ": " + x));
            System.out.println(name + ": " + Arrays.toString(count) + " year " + r.report().year()
                    + " edition " + r.report().edition());
            for (int i = 0; i < total.length; i++) {
                total[i] += count[i];
            }
            boolean consistent = validator.validate(truth).stream().noneMatch(f -> f.severity() == Severity.ERROR);
            if (consistent) {
                for (Finding f : validator.validate(r.report())) {
                    if (f.severity() == Severity.ERROR) {
                        errors.add(name + ": " + f);
                    }
                }
            }
        }
        assertThat(wrong).as("cells read wrong and certain").isEmpty();
        assertThat(errors).as("ERROR findings on consistent reports").isEmpty();
        return total;
    }

    static ParseResult parse(String name) {
        try {
            byte[] pdf = LibreOfficeFixturesTest.resource("/fixtures/scans/" + name + ".pdf");
            return new PdfReportParser().parse(new ByteArrayInputStream(pdf),
                    ParseContext.defaults().withFileName(name + ".pdf"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
