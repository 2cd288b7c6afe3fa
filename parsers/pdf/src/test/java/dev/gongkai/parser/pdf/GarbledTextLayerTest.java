package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.layout.Block;
import dev.gongkai.model.Report;
import dev.gongkai.parser.pdf.internal.PdfExtractor;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.testkit.GongkaiAssertions;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.ocr.ScriptedRecognizer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A browser's PDF re-distilled by Ghostscript (src/test/fixtures/make-garbled.sh): its Type 3 fonts map
 * full-width digits to {@code ÿ Ā ā …}, so its text layer cannot be trusted. Without an OCR engine its
 * tables are read from the layer, every cell uncertain ({@code text-layer-garbled}); with one, the layer
 * is checked against the engine's reading of the page images, as a scan's OCR text layer is. Either way no cell is wrong and certain and the consistent report
 * gets no ERROR (no {@code structure.tables} for tables the damaged text hides).
 */
class GarbledTextLayerTest {

    private static final String FIXTURE = "/fixtures/republished/gen-2021-00-chrome-gs";
    private static final String TRUTH = "/fixtures/scans/gen-2021-00-chrome-searchable.expected.json";
    private static final String SOURCE = "/fixtures/scans/gen-2021-00-chrome-source.pdf";

    @AfterEach
    void noAnswer() {
        ScriptedRecognizer.answer(null);
        System.clearProperty(dev.gongkai.layout.ImageRecognizer.SWITCH);
    }

    @Test
    void withoutAnEngineEveryCellOfTheGarbledPagesIsUncertain() throws IOException {
        System.setProperty(dev.gongkai.layout.ImageRecognizer.SWITCH, "off");
        ParseResult r = parse();
        assertThat(codes(r)).contains(PdfExtractor.GARBLED_LAYER);
        GongkaiAssertions.assertThat(r.report()).as("problems " + r.problems())
                .matchesGolden(text(FIXTURE + ".json"));
        long[] count = audit(r.report());
        assertThat(r.report().uncertainties()).as("every table cell uncertain")
                .hasSizeGreaterThanOrEqualTo((int) count[ReadingAudit.CELLS]).allSatisfy(u ->
                assertThat(u.problem()).isEqualTo(PdfExtractor.GARBLED_LAYER));
    }

    @Test
    void withAnEngineThePagesAreRecognisedFromTheirImages() throws IOException {
        List<Block> right = PdfReportParser.blocks(new ByteArrayInputStream(LibreOfficeFixturesTest.resource(SOURCE)),
                ParseContext.defaults(), ProblemList.tracking(100));
        ScriptedRecognizer.answer(origin -> origin.page() == 1 ? right : List.of());
        ParseResult r = parse();
        assertThat(ScriptedRecognizer.calls()).as("pages recognised").isEqualTo(3);
        assertThat(codes(r)).contains(PdfExtractor.GARBLED_LAYER, "ocr-reconciled");
        long[] count = audit(r.report());
        assertThat(count[ReadingAudit.SAME]).as("cells the engine and the layer or the sums confirm")
                .isGreaterThan(count[ReadingAudit.CELLS] * 9 / 10);
    }

    @Test
    void withAnEngineThatFindsNothingNoTableIsMissing() throws IOException {
        ScriptedRecognizer.answer(null);
        ParseResult r;
        try {
            r = parse();
        } catch (dev.gongkai.NoTemplateException e) {
            return; // no report found in the images: the document is unreadable, not blamed
        }
        audit(r.report());
    }

    /** Counts the report's cells against the truth; asserts none wrong and certain, and no ERROR. */
    private static long[] audit(Report report) throws IOException {
        Report truth = ReportJson.read(text(TRUTH));
        long[] count = new long[ReadingAudit.SIZE];
        List<String> wrong = new ArrayList<>();
        ReadingAudit.certainty(truth, report, count, wrong);
        assertThat(wrong).as("cells wrong and certain").isEmpty();
        List<Finding> errors = Validator.defaults().validate(report).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).as("ERROR findings").isEmpty();
        return count;
    }

    private static ParseResult parse() throws IOException {
        return new PdfReportParser().parse(new ByteArrayInputStream(LibreOfficeFixturesTest.resource(FIXTURE + ".pdf")),
                ParseContext.defaults().withFileName("gen-2021-00-chrome-gs.pdf"));
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    private static String text(String path) throws IOException {
        return new String(LibreOfficeFixturesTest.resource(path), StandardCharsets.UTF_8);
    }
}
