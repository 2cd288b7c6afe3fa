package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.ocr.ScriptedRecognizer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scans made searchable by Tesseract (src/test/fixtures/make-scans.sh: the seeds' PDFs rasterised at
 * 200 dpi grey, rotated, noisy, JPEG, with the text layer of {@code tesseract list.txt out -l chi_sim
 * pdf}), read without an OCR engine and reconciled with one (a test recogniser): their text layer is
 * OCR, so no table cell may be wrong and certain, and a consistent report may get no ERROR.
 */
@Tag("slow")
class SearchableScanTest {

    /** The fixtures, each with its truth ({@code NAME.expected.json}). */
    static final String[] SCANS = {"000_caa70d9250cb3ad4-ruled-gs-searchable", "001_0f3a3c160bddc4d1-ruled-gs-searchable",
        "003_e52139f12275cdbc-ruled-gs-searchable", "gen-2021-00-chrome-searchable", "gen-2019-01-writer-searchable",
        "bad-applications-balance-00-chrome-searchable"};

    @AfterEach
    void noAnswer() {
        ScriptedRecognizer.answer(null);
    }

    @Test
    void noCellIsWrongAndCertainAndNoErrorOnAConsistentReport() throws IOException {
        ScriptedRecognizer.answer(null); // an engine that recognises nothing: the text layer alone is read
        long[] total = audit(name -> parse(name));
        System.out.println("searchable scans, text layer only: " + Arrays.toString(total)
                + " (cells, same, uncertain, missing, wrong and certain)");
    }

    /**
     * Tesseract's layer spaces Chinese out ({@code 2023 年 政府 信息}); read as unspaced text, the year is
     * found in the places the page states it (ADR 0025: 4 of the 6 were unconfirmed before, 1 after, the
     * one whose layer garbles its statistical period and that has no title). A confirmed year is right.
     */
    @Test
    void aSpacedLayersYearIsConfirmedWhereThePageStatesIt() throws IOException {
        ScriptedRecognizer.answer(null);
        List<String> unconfirmed = new ArrayList<>();
        for (String name : SCANS) {
            Report truth = ReportJson.read(new String(LibreOfficeFixturesTest.resource("/fixtures/scans/" + name
                    + ".expected.json"), StandardCharsets.UTF_8));
            Report r = parse(name).report();
            if (r.structure().metadataUncertain().containsKey(dev.gongkai.model.DocumentStructure.YEAR)) {
                unconfirmed.add(name);
            } else {
                assertThat(r.year()).as(name + ": a confirmed year").isEqualTo(truth.year());
            }
        }
        System.out.println("searchable scans, year unconfirmed: " + unconfirmed);
        assertThat(unconfirmed).as("years unconfirmed").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void withAnEngineTheLayerIsReconciledWithItsReading() throws IOException {
        // an engine that reads every page right: the born-digital original's blocks for the first page
        long[] right = audit(name -> {
            List<Block> blocks = source(name);
            ScriptedRecognizer.answer(origin -> origin.page() == 1 ? blocks : List.of());
            return parse(name);
        });
        System.out.println("searchable scans, reconciled with an engine that reads right: " + Arrays.toString(right));
        assertThat(right[ReadingAudit.SAME]).as("cells the sums or the engine confirm")
                .isGreaterThan(right[ReadingAudit.CELLS] * 9 / 10);
        // an engine sure of every cell but wrong in one numeric slot of five (+1): the sums decide
        // (three of the scans, one of them breaking a rule, to keep the build short)
        long[] lying = audit(name -> {
            List<Block> blocks = perturbed(source(name));
            ScriptedRecognizer.answer(origin -> origin.page() == 1 ? blocks : List.of());
            return parse(name);
        }, SCANS[0], SCANS[4], SCANS[5]);
        System.out.println("searchable scans, reconciled with an engine wrong in one slot of five: "
                + Arrays.toString(lying));
    }

    /** The blocks of the born-digital PDF the scan was made from. */
    private static List<Block> source(String name) {
        try {
            byte[] pdf = LibreOfficeFixturesTest.resource("/fixtures/scans/"
                    + name.replace("-searchable", "-source") + ".pdf");
            return PdfReportParser.blocks(new ByteArrayInputStream(pdf), ParseContext.defaults(),
                    ProblemList.tracking(100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks with every fifth number of every table one more, the slot still certain. */
    private static List<Block> perturbed(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int n = 0;
        for (Block b : blocks) {
            if (!(b instanceof Table t)) {
                out.add(b);
                continue;
            }
            List<List<GridCell>> rows = new ArrayList<>();
            for (List<GridCell> row : t.rows()) {
                List<GridCell> r = new ArrayList<>();
                for (GridCell c : row) {
                    if (!c.merged() && c.text().strip().matches("\\d{1,6}") && n++ % 5 == 2) {
                        c = new GridCell(String.valueOf(Long.parseLong(c.text().strip()) + 1), c.span(), false);
                    }
                    r.add(c);
                }
                rows.add(r);
            }
            out.add(new Table(rows, t.kind(), t.span()));
        }
        return out;
    }

    /** Audits every scan as read by {@code read}; asserts the two zero figures; returns the counts. */
    static long[] audit(Function<String, ParseResult> read) throws IOException {
        return audit(read, SCANS);
    }

    /** {@link #audit(Function)} over some of the scans. */
    static long[] audit(Function<String, ParseResult> read, String... scans) throws IOException {
        Validator validator = Validator.defaults();
        long[] total = new long[ReadingAudit.SIZE];
        List<String> wrong = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String name : scans) {
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
            throw new UncheckedIOException(e);
        }
    }
}
