package dev.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example the way its Javadoc shows. */
class ExamplesTest {

    static final Path SEEDS = Path.of("../corpus/seeds");

    @TempDir
    Path dir;

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parseFile() throws Exception {
        ParseFile.run(SEEDS.resolve("000_caa70d9250cb3ad4.txt"), out);
        assertThat(printed()).contains("樟树市 2023 (edition 2021, read by text)", "new applications: 20",
                "\"schema\": \"gongkai.report/1\"");
        Path junk = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, 3});
        ParseFile.run(junk, out);
        assertThat(printed()).contains("unreadable (");
    }

    @Test
    void validateWithConfig() throws Exception {
        assertThat(ValidateWithConfig.run(SEEDS.resolve("003_e52139f12275cdbc.txt"), out)).isEqualTo(1);
        assertThat(printed()).contains("ERROR narrative.applications");
        assertThat(ValidateWithConfig.run(SEEDS.resolve("002_d99c8dcb44f53e53.txt"), out)).isZero();
        assertThat(printed()).doesNotContain("values.blank");
    }

    @Test
    void customRuleIsFoundThroughServiceLoaderAndConfigurable() {
        assertThat(Validator.defaults().rules()).anySatisfy(d -> {
            assertThat(d.id()).isEqualTo("example.fees-ceiling");
            assertThat(d.builtIn()).isFalse();
            assertThat(d.summary(Locale.CHINESE)).isEqualTo("行政事业性收费不超过上限");
        });
        Report report = Reports.generator().edition(Edition.E2021).generate(7).toBuilder()
                .cell(ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.AMOUNT, Cell.of("20000.5")).build();
        List<Finding> found = Validator.defaults().validate(report).stream()
                .filter(f -> f.rule().equals("example.fees-ceiling")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.actual()).isEqualByComparingTo("20000.5");
            assertThat(f.message(Locale.CHINESE)).contains("20000.5", "超过上限");
        });
        Validator higher = Validator.of(RuleConfig.defaults().parameter("example.fees-ceiling", "max", "50000"));
        assertThat(higher.validate(report)).noneMatch(f -> f.rule().equals("example.fees-ceiling"));
        Report blank = report.toBuilder().cell(ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.AMOUNT, Cell.blank("—", null)).build();
        assertThat(Validator.defaults().validate(blank)).noneMatch(f -> f.rule().equals("example.fees-ceiling"));
    }

    @Test
    void crossYearCheck() throws Exception {
        ReportPair pair = Reports.generator().edition(Edition.E2021).generatePair(11);
        Path last = Files.writeString(dir.resolve("last.json"), ReportJson.toJson(pair.previous()));
        Path now = Files.writeString(dir.resolve("now.json"), ReportJson.toJson(pair.current()));
        assertThat(CrossYearCheck.run(last, now, out)).isZero();
        assertThat(printed()).contains("the two years agree");
        BigDecimal forward = pair.previous().applications().value(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL);
        Report wrong = pair.current().toBuilder()
                .cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, Cell.of(forward.add(BigDecimal.TEN))).build();
        Files.writeString(now, ReportJson.toJson(wrong));
        assertThat(CrossYearCheck.run(last, now, out)).isOne();
        assertThat(printed()).contains("ERROR cross-year.carry-over [applications/carried_over/total]");
    }

    @Test
    void batchOverFolder() throws Exception {
        Files.copy(SEEDS.resolve("000_caa70d9250cb3ad4.txt"), dir.resolve("a.txt"));
        Files.copy(SEEDS.resolve("003_e52139f12275cdbc.txt"), dir.resolve("b.txt"));
        Files.write(dir.resolve("c.txt"), new byte[0]);
        assertThat(BatchOverFolder.run(dir, out)).isEqualTo(2);
        List<String> lines = printed().lines().toList();
        assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("{\"schema\": \"gongkai.findings/1\""));
        assertThat(lines.get(1)).contains("narrative.applications");
        assertThat(lines.get(2)).contains("document.unreadable");
    }
}
