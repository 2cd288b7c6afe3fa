package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** A consistent report of an organ and year, every count 0 except those carried over/forward. */
    static Report report(int year, long carriedOver, long carriedForward) {
        Report.Builder b = Report.builder(Edition.E2021).year(year).organ("示例县").title("示例县" + year + "年政府信息公开工作年度报告");
        for (ActiveRow r : ActiveRow.rows(Edition.E2021)) {
            r.columns(Edition.E2021).forEach(c -> b.cell(r, c, Cell.of(0)));
        }
        for (ApplicationRow r : ApplicationRow.rows(Edition.E2021)) {
            for (Applicant a : Applicant.all()) {
                long v = a == Applicant.NATURAL_PERSON || a == Applicant.TOTAL
                        ? (r == ApplicationRow.CARRIED_OVER ? carriedOver
                                : r == ApplicationRow.CARRIED_FORWARD ? carriedForward
                                : r == ApplicationRow.NEW_RECEIVED ? carriedForward
                                : r == ApplicationRow.GRANTED || r == ApplicationRow.TOTAL_HANDLED ? carriedOver : 0)
                        : 0;
                b.cell(r, a, Cell.of(v));
            }
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                b.cell(g, c, Cell.of(0));
            }
        }
        return b.build();
    }

    static Path write(Path dir, String name, Report r) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, ReportJson.toJson(r));
        return f;
    }

    @Test
    void jsonWithPreviousGivesTheCrossYearFindings(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", report(2022, 0, 2));
        Path b = write(dir, "b.json", report(2023, 3, 1));
        MainTest.Run r = MainTest.run("validate", "--format", "json", "--previous", a.toString(), b.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.FINDINGS);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("gongkai.findings/1");
        assertThat(doc.get("source").asText()).isEqualTo(b.toString());
        assertThat(doc.get("report").get("year").asInt()).isEqualTo(2023);
        assertThat(doc.get("findings")).hasSize(2);
        for (JsonNode f : doc.get("findings")) {
            assertThat(f.get("rule").asText()).isEqualTo("cross-year.carry-over");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("location").get("row").asText()).isEqualTo("carried_over");
            assertThat(f.get("expected").asInt()).isEqualTo(2);
            assertThat(f.get("actual").asInt()).isEqualTo(3);
        }
        assertThat(doc.get("findings").get(0).get("location").get("column").asText()).isEqualTo("natural_person");
        MainTest.Run alone = MainTest.run("validate", "--format", "json", b.toString());
        assertThat(alone.code()).isZero();
        assertThat(new ObjectMapper().readTree(alone.out()).get("findings")).isEmpty();
    }

    @Test
    void textLinesInEnglishByDefaultAndInChineseOnRequest(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", report(2022, 0, 2));
        Path b = write(dir, "b.json", report(2023, 3, 1));
        MainTest.Run en = MainTest.run("validate", "--previous", a.toString(), b.toString());
        assertThat(en.out().lines()).hasSize(2).first().asString()
                .startsWith("ERROR cross-year.carry-over [applications/carried_over/natural_person] 3 ≠ 2 Column 自然人");
        MainTest.Run zh = MainTest.run("validate", "--lang", "zh", "--previous", a.toString(), b.toString());
        assertThat(zh.out().lines().findFirst().orElseThrow()).contains("上年结转为3");
    }

    @Test
    void configTurnsRulesOffAndUnknownIdsAreUsageErrors(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.json", report(2022, 0, 2));
        Path b = write(dir, "b.json", report(2023, 3, 1));
        Path off = dir.resolve("off.json");
        Files.writeString(off, "{\"rules\": {\"cross-year.carry-over\": \"WARNING\"}}");
        MainTest.Run r = MainTest.run("validate", "--config", off.toString(), "--previous", a.toString(), b.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("WARNING cross-year.carry-over");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rules\": {\"cross-year.carryover\": \"OFF\"}}");
        MainTest.Run u = MainTest.run("validate", "--config", bad.toString(), b.toString());
        assertThat(u.code()).isEqualTo(Main.USAGE);
        assertThat(u.err()).contains("cross-year.carryover");
    }

    @Test
    void anUnreadableDocumentPrintsItsFindingAndExitsTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("junk.bin");
        Files.write(f, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 9});
        MainTest.Run r = MainTest.run("validate", "--format", "json", f.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("junk.bin");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("report").isNull()).isTrue();
        assertThat(doc.get("findings").get(0).get("rule").asText()).isEqualTo("document.unreadable");
        MainTest.Run missing = MainTest.run("validate", dir.resolve("none.txt").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.out()).startsWith("ERROR document.unreadable");
    }

    @Test
    void aCustomRuleFromServiceLoaderShowsUpInTheOutput(@TempDir Path dir) throws Exception {
        Path b = write(dir, "b.json", report(2023, 0, 0).toBuilder().title("无标题").build());
        MainTest.Run r = MainTest.run("validate", b.toString());
        assertThat(r.out()).contains("INFO custom.title-mentions-report");
    }
}
