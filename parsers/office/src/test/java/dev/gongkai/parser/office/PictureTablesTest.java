package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.Table;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.GongkaiAssertions;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.ocr.ScriptedRecognizer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed reports whose tables 三 and 四 were pasted into Word as pictures (src/test/fixtures/
 * make-picture-tables.sh), saved as .docx and .doc. Without an OCR engine the text is read as far as
 * it goes and the two tables are held but not mapped (table-image: reading.uncertain, never a missing
 * document or table); with an engine that recognises the right grids the report reads exactly.
 */
class PictureTablesTest {

    private static final String[] SEEDS = {"000_caa70d9250cb3ad4", "003_e52139f12275cdbc"};

    @AfterEach
    void noAnswer() {
        ScriptedRecognizer.answer(null);
    }

    @Test
    void withoutOcrTheTextIsReadAndTheTablesThatArePicturesAreUncertain() throws IOException {
        for (String seed : SEEDS) {
            for (String ext : new String[] {"docx", "doc"}) {
                String name = seed + "-pictures." + ext;
                ScriptedRecognizer.answer(null);
                ParseResult r = parse(name, ext);
                Report truth = truth(seed);
                Report read = r.report();
                assertThat(ScriptedRecognizer.calls()).as(name + ": images handed to the engine").isEqualTo(2);
                assertThat(read.year()).as(name).isEqualTo(truth.year());
                assertThat(read.organ()).as(name).isEqualTo(truth.organ());
                assertThat(read.edition()).as(name).isEqualTo(truth.edition());
                long[] count = new long[ReadingAudit.SIZE];
                List<String> wrong = new ArrayList<>();
                ReadingAudit.certainty(truth.activeDisclosure(), read.activeDisclosure(), count, wrong);
                assertThat(count[ReadingAudit.SAME]).as(name + ": table 二 is text, read exactly")
                        .isEqualTo(count[ReadingAudit.CELLS]).isPositive();
                assertThat(read.structure().tablesUnmapped()).as(name)
                        .containsEntry(TableId.APPLICATIONS, "table-image")
                        .containsEntry(TableId.REVIEW_LITIGATION, "table-image");
                assertThat(r.problems()).as(name).anyMatch(p -> p.code().equals("table-image"));
                List<Finding> findings = Validator.defaults().validate(read);
                assertThat(findings).as(name).noneMatch(f -> f.severity() == Severity.ERROR);
                assertThat(findings).as(name).anyMatch(f -> f.rule().equals("reading.uncertain")
                        && f.location() != null && TableId.APPLICATIONS.code().equals(f.location().table()));
            }
        }
    }

    @Test
    void withAnEngineThatRecognisesTheGridsTheReportReadsExactly() throws IOException {
        for (String seed : SEEDS) {
            List<Block> tables = new ArrayList<>();
            for (Block b : OfficeReader.read(resource(seed + "-tables.docx"), null).blocks()) {
                if (b instanceof Table t) {
                    tables.add(t);
                }
            }
            assertThat(tables).as(seed + ": tables 二, 三, 四 of the text original").hasSize(3);
            for (String ext : new String[] {"docx", "doc"}) {
                String name = seed + "-pictures." + ext;
                AtomicInteger next = new AtomicInteger(1); // the pictures are tables 三 and 四, in order
                ScriptedRecognizer.answer(origin -> List.of(tables.get(next.getAndIncrement())));
                ParseResult r = parse(name, ext);
                GongkaiAssertions.assertThat(r.report()).as(name + "; problems " + r.problems())
                        .matchesGolden(new String(resource(seed + "-pictures.json"), StandardCharsets.UTF_8));
                assertThat(r.report().structure().tablesUnmapped()).as(name).isEmpty();
            }
        }
    }

    private static ParseResult parse(String name, String ext) throws IOException {
        ReportParser parser = ext.equals("docx") ? new DocxParser() : new DocParser();
        return parser.parse(new ByteArrayInputStream(resource(name)), ParseContext.defaults().withFileName(name));
    }

    private static Report truth(String seed) throws IOException {
        return ReportJson.read(new String(resource(seed + "-pictures.json"), StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PictureTablesTest.class.getResourceAsStream("/picture-tables/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
