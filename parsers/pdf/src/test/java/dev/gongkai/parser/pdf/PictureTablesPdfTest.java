package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.Table;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PDFs printed by LibreOffice from Word files whose tables 三 and 四 are pictures (parsers/office/src/
 * test/fixtures/make-picture-tables.sh). Without an OCR engine the text is read and the two tables are
 * held but not mapped (reading.uncertain); with an engine that recognises the right grids (here the
 * tables of the same seed's text PDF) the report reads exactly.
 */
class PictureTablesPdfTest {

    private static final String[] SEEDS = {"000_caa70d9250cb3ad4", "003_e52139f12275cdbc"};

    @AfterEach
    void noAnswer() {
        ScriptedRecognizer.answer(null);
    }

    @Test
    void withoutOcrTheTextIsReadAndTheTablesThatArePicturesAreUncertain() throws IOException {
        for (String seed : SEEDS) {
            String name = seed + "-pictures.pdf";
            ScriptedRecognizer.answer(null);
            ParseResult r = parse(name);
            Report truth = ReportJson.read(new String(LibreOfficeFixturesTest.resource("/fixtures/pictures/" + seed
                    + "-pictures.json"), StandardCharsets.UTF_8));
            Report read = r.report();
            assertThat(ScriptedRecognizer.calls()).as(name + ": pictures handed to the engine").isEqualTo(2);
            assertThat(read.year()).as(name).isEqualTo(truth.year());
            assertThat(read.organ()).as(name).isEqualTo(truth.organ());
            long[] count = new long[ReadingAudit.SIZE];
            ReadingAudit.certainty(truth.activeDisclosure(), read.activeDisclosure(), count, new ArrayList<>());
            assertThat(count[ReadingAudit.SAME]).as(name + ": table 二 is text, read exactly")
                    .isEqualTo(count[ReadingAudit.CELLS]).isPositive();
            assertThat(read.structure().tablesUnmapped()).as(name + "; problems " + r.problems())
                    .containsEntry(TableId.APPLICATIONS, "table-image")
                    .containsEntry(TableId.REVIEW_LITIGATION, "table-image");
            List<Finding> findings = Validator.defaults().validate(read);
            assertThat(findings).as(name).noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Test
    void withAnEngineThatRecognisesTheGridsTheReportReadsExactly() throws IOException {
        for (String seed : SEEDS) {
            List<Block> tables = new ArrayList<>();
            for (Block b : PdfReportParser.blocks(new ByteArrayInputStream(LibreOfficeFixturesTest.resource(
                    "/fixtures/" + seed + "-ruled.pdf")), ParseContext.defaults(), ProblemList.tracking(100))) {
                if (b instanceof Table t) {
                    tables.add(t);
                }
            }
            assertThat(tables).as(seed + ": tables 二, 三, 四 of the text PDF").hasSize(3);
            String name = seed + "-pictures.pdf";
            AtomicInteger next = new AtomicInteger(1); // the pictures are tables 三 and 四, in order
            ScriptedRecognizer.answer(origin -> List.of(tables.get(next.getAndIncrement())));
            ParseResult r = parse(name);
            GongkaiAssertions.assertThat(r.report()).as(name + "; problems " + r.problems())
                    .matchesGolden(new String(LibreOfficeFixturesTest.resource("/fixtures/pictures/" + seed
                            + "-pictures.json"), StandardCharsets.UTF_8));
            assertThat(r.report().structure().tablesUnmapped()).as(name).isEmpty();
        }
    }

    private static ParseResult parse(String name) throws IOException {
        return new PdfReportParser().parse(new ByteArrayInputStream(LibreOfficeFixturesTest.resource(
                "/fixtures/pictures/" + name)), ParseContext.defaults().withFileName(name));
    }
}
