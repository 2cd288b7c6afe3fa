package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai check} over a batch as published: three consecutive years of one organ under two names
 * (with and without its parent), the last two years each as a page and its attachment (two renderings or
 * a rendering and the canonical JSON), another organ, and two reports whose organ was read as 正文 or not at
 * all. Pairs, duplicates, their findings and the summary's counts.
 */
class BatchCheckTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The organ's report of the year after {@code last}: carried over and in force chained on, the prose a year on. */
    static Report following(Report last) {
        Report.Builder b = last.toBuilder().year(last.year() + 1);
        last.sections().forEach((s, t) -> b.section(s, years(t, last.year(), last.year() + 1)));
        for (Applicant a : Applicant.all()) {
            b.cell(ApplicationRow.CARRIED_OVER, a, last.applications().cell(ApplicationRow.CARRIED_FORWARD, a));
        }
        for (ActiveRow row : List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS)) {
            var t = last.activeDisclosure();
            b.cell(row, ActiveColumn.IN_FORCE, Cell.of(t.value(row, ActiveColumn.IN_FORCE)
                    .add(t.value(row, ActiveColumn.ISSUED)).subtract(t.value(row, ActiveColumn.ABOLISHED))));
        }
        return b.build();
    }

    void write(String name, String text) throws Exception {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    static String html(Report r) {
        return HtmlRenderer.standard().render(r, RenderOptions.plain()).text();
    }

    static String text(Report r) {
        return TextRenderer.tabs().render(r, RenderOptions.plain()).text();
    }

    /** The report as the organ publishes it under a name: title and signature name it, prose and date fit the year. */
    static Report as(Report r, String organ, int year) {
        Report.Builder b = r.toBuilder().organ(organ).year(year).title(organ + year + "年政府信息公开工作年度报告")
                .published(LocalDate.of(year + 1, 1, 20));
        r.sections().forEach((s, t) -> b.section(s, years(t, r.year(), year)));
        return b.build();
    }

    /** Prose of year {@code from} (and of the year before it) written for year {@code to}. */
    static String years(String text, int from, int to) {
        return text.replace(from + "年", "\u0000").replace((from - 1) + "年", "\u0001")
                .replace("\u0000", to + "年").replace("\u0001", (to - 1) + "年");
    }

    @Test
    void pagesAndAttachmentsAreDuplicatesConsecutiveYearsArePairedAndTheSummaryCountsThem() throws Exception {
        ReportPair pair = null;
        for (long seed = 1; pair == null || pair.previous().edition() != Edition.E2021; seed++) {
            pair = Reports.generator().edition(Edition.E2021).generatePair(seed);
        }
        int year = pair.current().year();
        Report second = pair.current();
        Report third = following(second);
        BigDecimal forward = second.applications().value(ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON);
        third = third.toBuilder().cell(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON, Cell.of(forward.add(BigDecimal.ONE)))
                .build();
        Report other = Reports.generator().edition(Edition.E2021).generatePair(1000).current();

        write("hz/1.html", html(as(pair.previous(), "淮安市洪泽区人民政府", year - 1)));
        write("hz/2.html", html(as(second, "洪泽区人民政府", year)));
        write("hz/2-attachment.txt", text(as(second, "淮安市洪泽区人民政府", year)));
        write("hz/3.json", ReportJson.toJson(as(third, "淮安市 洪泽区 人民政府", year + 1)));
        write("hz/3.txt", text(as(third, "洪泽区人民政府", year + 1)));
        write("zs/1.json", ReportJson.toJson(as(other, "樟树市人民政府", year)));
        write("x/zhengwen.json", ReportJson.toJson(as(other, "樟树市人民政府", year).toBuilder().organ("正文").build()));
        Report another = Reports.generator().edition(Edition.E2021).generatePair(1001).current();
        write("x/zhengwen-next.json", ReportJson.toJson(as(another, "铜鼓县人民政府", year + 1).toBuilder().organ("正文").build()));
        write("x/no-organ.json", ReportJson.toJson(as(another, "铜鼓县人民政府", year + 1).toBuilder().organ(null).build()));
        // were the two 正文 reports taken for one organ's consecutive years, carried over would not match
        assertThat(Applicant.all()).anyMatch(a -> !java.util.Objects.equals(
                other.applications().value(ApplicationRow.CARRIED_FORWARD, a), another.applications().value(ApplicationRow.CARRIED_OVER, a)));

        Path out = dir.resolve("out");
        MainTest.Run r = MainTest.run("check", dir.resolve("in").toString(), "--out", out.toString(), "--lang", "en",
                "--format", "json", "--progress", "none");
        assertThat(r.err()).isEmpty();
        JsonNode summary = JSON.readTree(r.out());
        assertThat(summary.path("reports").asInt()).as(r.out()).isEqualTo(9);
        assertThat(summary.path("organs").asInt()).as(r.out()).isEqualTo(2);
        assertThat(summary.path("yearPairs").asInt()).as(r.out()).isEqualTo(2);
        assertThat(summary.path("comparedReports").asInt()).as(r.out()).isEqualTo(4);
        assertThat(summary.path("crossYearReports").asInt()).as(r.out()).isEqualTo(2);
        assertThat(summary.path("duplicates").path("groups").asInt()).isEqualTo(2);
        assertThat(summary.path("duplicates").path("files").asInt()).isEqualTo(4);
        String sep = dir.getFileSystem().getSeparator();
        String hz = dir.resolve("in").resolve("hz") + sep;
        assertThat(JSON.convertValue(summary.path("duplicates").path("listed"), List.class)).containsExactly(
                List.of(hz + "2-attachment.txt", hz + "2.html"), List.of(hz + "3.json", hz + "3.txt"));
        assertThat(summary.path("rules").path("batch.duplicate").path("INFO").asInt()).isEqualTo(4);
        assertThat(summary.path("rules").path("batch.duplicate").has("WARNING")).isFalse();
        assertThat(summary.path("rules").path("cross-year.carry-over").path("ERROR").asInt()).isEqualTo(2);
        // the third year's carried over is off by one: its own balance fails too, and nothing else is found
        assertThat(JSON.convertValue(summary.path("rules"), Map.class).keySet()).containsExactlyInAnyOrder(
                "applications.applicant-sum", "applications.balance", "batch.duplicate", "cross-year.carry-over");
        assertThat(summary.path("readerProblems").path("files").asInt()).isZero();

        Map<String, List<String>> batch = batchFindings(out.resolve("findings.jsonl"));
        String carry = "cross-year.carry-over ERROR applications/carried_over/natural_person";
        assertThat(batch.get("hz/1.html")).isEmpty();
        assertThat(batch.get("hz/2.html")).containsExactly("batch.duplicate INFO " + hz + "2-attachment.txt");
        assertThat(batch.get("hz/2-attachment.txt")).containsExactly("batch.duplicate INFO " + hz + "2.html");
        assertThat(batch.get("hz/3.json")).containsExactly("batch.duplicate INFO " + hz + "3.txt", carry);
        assertThat(batch.get("hz/3.txt")).containsExactly("batch.duplicate INFO " + hz + "3.json", carry);
        assertThat(batch.get("zs/1.json")).isEmpty();
        assertThat(batch.get("x/zhengwen.json")).isEmpty();
        assertThat(batch.get("x/zhengwen-next.json")).isEmpty();
        assertThat(batch.get("x/no-organ.json")).isEmpty();

        String page = Files.readString(out.resolve("report.html"));
        assertThat(page).contains("groups of duplicates", "year pairs compared", hz + "3.json = " + hz + "3.txt");

        MainTest.Run t = MainTest.run("check", dir.resolve("in").toString(), "--lang", "en", "--progress", "none", "-q");
        assertThat(t.out()).contains("organs 2 · year pairs compared 2 (4 reports) · duplicates 2 groups (4 files)",
                hz + "2-attachment.txt = " + hz + "2.html");
        MainTest.Run zh = MainTest.run("check", dir.resolve("in").toString(), "--lang", "zh", "--progress", "none", "-q");
        assertThat(zh.out()).contains("机关 2 个 · 比较相邻年度 2 对（4 份报告）· 重复文档 2 组（4 个文件）");
    }

    /** The cross-year and duplicate findings of each file (by path below the input folder), as "rule SEVERITY location|other". */
    private Map<String, List<String>> batchFindings(Path jsonl) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String in = dir.resolve("in").toString() + dir.getFileSystem().getSeparator();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode n = JSON.readTree(line);
            List<String> fs = new ArrayList<>();
            for (JsonNode f : n.path("findings")) {
                String rule = f.path("rule").asText();
                if (rule.startsWith("cross-year.") || rule.equals("batch.duplicate")) {
                    JsonNode l = f.path("location");
                    String msg = f.path("message").path("en").asText();
                    fs.add(rule + " " + f.path("severity").asText() + " " + (rule.equals("batch.duplicate")
                            ? msg.substring(msg.indexOf(" as ") + 4, msg.indexOf(": their tables") < 0 ? msg.indexOf(", but") : msg.indexOf(": their tables"))
                            : l.path("table").asText() + "/" + l.path("row").asText() + "/" + l.path("column").asText()));
                }
            }
            out.put(n.path("source").asText().substring(in.length()).replace(dir.getFileSystem().getSeparator(), "/"), fs);
        }
        return out;
    }
}
