package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final Path SEEDS = Path.of("../corpus/seeds");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void checksTheSeedsAndWritesAllFourOutputs() throws Exception {
        Path out = dir.resolve("out");
        MainTest.Run r = MainTest.run("check", SEEDS.toString(), "--exclude", "**/expected/**", "--out", out.toString(),
                "--lang", "en", "--format", "json", "--progress", "none");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode summary = JSON.readTree(r.out());
        assertThat(summary.path("files").asInt()).isEqualTo(6);
        assertThat(summary.path("reports").asInt()).isEqualTo(5);
        assertThat(summary.path("status").path("skipped").asInt()).isEqualTo(1);
        assertThat(summary.path("findings").path("ERROR").asInt()).isZero();
        // seed 002's rows hold 5 values under 7 columns: its reader says so, the others read cleanly
        assertThat(summary.path("readerProblems").path("files").asInt()).isEqualTo(1);
        assertThat(summary.path("readerProblems").path("row-short").asInt()).isPositive();

        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(csv).hasSize(7);
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("000_caa70d9250cb3ad4.txt,樟树市,2023,2021,text,0,"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("002_d99c8dcb44f53e53.txt,樟树市机关事务管理局,2020,2019,text,0,"));
        assertThat(csv).anySatisfy(l -> assertThat(l).contains("003_e52139f12275cdbc.txt,铜鼓县,2021,2021,text,0,2,").endsWith("warning,,0"));
        assertThat(csv).filteredOn(l -> l.contains("002_d99c8dcb44f53e53.txt")).singleElement().asString()
                .doesNotEndWith(",0").matches(".*,[1-9][0-9]*");

        List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
        assertThat(lines).hasSize(5);
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            assertThat(n.path("schema").asText()).isEqualTo("gongkai.findings/1");
            assertThat(n.path("findings").isArray()).isTrue();
        }
        assertThat(lines).filteredOn(l -> l.contains("003_e52139f12275cdbc.txt")).singleElement().asString()
                .contains("\"narrative.applications\"", "\"expected\":8", "\"actual\":9");

        try (var s = Files.list(out.resolve("reports/seeds"))) {
            assertThat(s.map(p -> p.getFileName().toString())).hasSize(5).allMatch(n -> n.endsWith(".txt.json"));
        }
        Report parsed = ReportJson.read(Files.readString(out.resolve("reports/seeds/000_caa70d9250cb3ad4.txt.json")));
        assertThat(parsed.organ()).isEqualTo("樟树市");
        assertThat(Files.readString(out.resolve("report.html"))).contains("铜鼓县", "narrative.applications", "<svg", "line ",
                "What the reader reported", "<code>row-short</code>");
    }

    @Test
    void textOutputListsFindingsAndFailOnWarningFails() {
        MainTest.Run r = MainTest.run("check", SEEDS.resolve("003_e52139f12275cdbc.txt").toString(), "--lang", "en",
                "--progress", "none", "--fail-on", "WARNING");
        assertThat(r.code()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).contains("003_e52139f12275cdbc.txt: WARNING narrative.applications", "checked 1 files");
        MainTest.Run zh = MainTest.run("check", SEEDS.resolve("003_e52139f12275cdbc.txt").toString(), "--lang", "zh",
                "--progress", "lines", "-q");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("已检查 1 个文件").doesNotContain("narrative.applications [");
        assertThat(zh.err()).contains("gongkai: 1/1 files (100%)");
    }

    @Test
    void crossYearRulesRunWhenLastYearsReportOfTheSameOrganIsAmongTheInputs() throws Exception {
        ReportPair pair = Reports.generator().edition(Edition.E2021).generatePair(42);
        Report previous = pair.previous().toBuilder().organ("樟树市人民政府").build();
        Cell forward = previous.applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON);
        Report current = pair.current().toBuilder().organ("樟树市")
                .cell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON, Cell.of(forward.value().add(java.math.BigDecimal.ONE)))
                .build();
        Files.writeString(dir.resolve("last.json"), ReportJson.toJson(previous));
        Files.writeString(dir.resolve("this.json"), ReportJson.toJson(current));
        Path out = dir.resolve("out");
        MainTest.Run r = MainTest.run("check", dir.resolve("last.json").toString(), dir.resolve("this.json").toString(),
                "--out", out.toString(), "--lang", "en", "--progress", "none");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.FINDINGS);
        assertThat(r.out()).contains("this.json: ERROR cross-year.carry-over [applications/carried_over/natural_person]");
        List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines).filteredOn(l -> l.contains("this.json")).singleElement().asString().contains("cross-year.carry-over");
        assertThat(lines).filteredOn(l -> l.contains("last.json")).singleElement().asString().doesNotContain("cross-year");
        assertThat(Files.readAllLines(out.resolve("summary.csv"))).anySatisfy(l -> assertThat(l).contains("this.json,樟树市,").contains(",error,"));

        MainTest.Run alone = MainTest.run("check", dir.resolve("this.json").toString(), "--lang", "en", "--progress", "none");
        assertThat(alone.out()).doesNotContain("cross-year");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(MainTest.run("check").code()).isEqualTo(Main.USAGE);
        MainTest.Run missing = MainTest.run("check", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("no such file or directory");
        assertThat(MainTest.run("check", SEEDS.toString(), "--lang", "fr").code()).isEqualTo(Main.USAGE);
        assertThat(MainTest.run("check", SEEDS.toString(), "--jobs", "0").code()).isEqualTo(Main.USAGE);
        Path config = dir.resolve("rules.json");
        Files.writeString(config, "{\"rules\": {\"no.such-rule\": \"OFF\"}}");
        MainTest.Run bad = MainTest.run("check", SEEDS.toString(), "--config", config.toString());
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("no.such-rule");
    }

    @Test
    void configTurnsRulesOff() throws Exception {
        Path config = dir.resolve("rules.json");
        Files.writeString(config, "{\"rules\": {\"narrative.applications\": \"OFF\"}}");
        MainTest.Run r = MainTest.run("check", SEEDS.resolve("003_e52139f12275cdbc.txt").toString(), "--config", config.toString(),
                "--lang", "en", "--progress", "none", "--fail-on", "WARNING");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("narrative.applications");
    }

    @Test
    void rulesListsEveryRuleWithItsSeverityAndSummary() throws Exception {
        MainTest.Run en = MainTest.run("rules", "--lang", "en");
        assertThat(en.code()).isZero();
        List<String> ids = new ArrayList<>();
        for (String l : en.out().split("\n")) {
            ids.add(l.split("\\s+")[0]);
        }
        assertThat(ids).contains("applications.balance", "cross-year.carry-over", "values.blank", "structure.sections");
        assertThat(en.out()).containsPattern("applications\\.balance\\s+ERROR\\s+\\S");
        MainTest.Run json = MainTest.run("rules", "--lang", "zh", "--format", "json");
        JsonNode a = JSON.readTree(json.out());
        assertThat(a.isArray()).isTrue();
        assertThat(a).anySatisfy(n -> {
            assertThat(n.path("id").asText()).isEqualTo("values.blank");
            assertThat(n.path("severity").asText()).isEqualTo("WARNING");
            assertThat(n.path("summary").asText()).isNotEqualTo("values.blank").containsPattern("\\p{IsHan}");
        });
    }
}
