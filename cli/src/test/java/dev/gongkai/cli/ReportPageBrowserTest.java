package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.json.ReportJson;
import dev.gongkai.testkit.ExpectedFinding;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drawn tables of report.html, as a browser draws them: for reports that break one sum each
 * ({@code Reports.violating}), the page opened at {@code #file=N} in headless Chromium marks exactly the
 * cells (or the row or column headers) the rule's findings name with the ERROR class, and draws the
 * values as read. Needs {@code /usr/bin/chromium} (Debian's); skipped where it is not installed.
 */
@Tag("slow")
class ReportPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String[] RULES = {"applications.balance", "applications.outcomes-sum", "applications.applicant-sum",
        "review-litigation.sum"};

    @TempDir
    Path dir;

    @Test
    void theCellsAFindingNamesCarryItsSeverity() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < RULES.length; i++) {
            Violation v = Reports.violating(RULES[i], 31L + i);
            violations.add(v);
            Files.writeString(in.resolve(i + ".json"),
                    ReportJson.toJson(v.report().toBuilder().organ(ReportPageTest.organ(i)).build()));
        }
        for (String lang : List.of("en", "zh")) {
            Path out = dir.resolve("out-" + lang);
            MainTest.Run r = MainTest.run("check", in.toString(), "--out", out.toString(), "--progress", "none", "-q", "--lang", lang);
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            Path page = out.resolve("report.html");
            JsonNode data = ReportPageTest.data(Files.readString(page));
            for (int i = 0; i < (lang.equals("en") ? RULES.length : 1); i++) { // the drawing is the same in zh
                int n = position(data, i + ".json");
                Document dom = Jsoup.parse(dom(page, n));
                Element detail = dom.getElementById("detail");
                assertThat(detail).isNotNull();
                assertThat(detail.hasAttr("hidden")).as("the detail is shown").isFalse();
                for (ExpectedFinding f : violations.get(i).findings()) {
                    String k = key(f.table(), f.row(), f.column());
                    Element cell = detail.selectFirst("[data-k=\"" + k + "\"]");
                    assertThat(cell).as("%s %s: the cell %s", lang, RULES[i], k).isNotNull();
                    assertThat(cell.hasClass("s0")).as("%s %s: %s carries the ERROR class", lang, RULES[i], k).isTrue();
                    assertThat(cell.attr("title")).contains(RULES[i]);
                }
                Set<String> errors = new HashSet<>();
                for (Element e : detail.select("table.grid .s0")) {
                    errors.add(e.attr("data-k"));
                }
                assertThat(errors).as("%s %s: the cells marked as errors are those the ERROR findings name", lang, RULES[i])
                        .isEqualTo(errorPlaces(data, n));
                assertThat(detail.select("table.grid")).hasSize(3);
                assertThat(detail.select("table.grid td").size()).as("cells of 二, 三 and 四").isGreaterThan(150);
            }
        }
    }

    /** The places (table|row|column, * for none) the ERROR findings of the n-th listed file name. */
    static Set<String> errorPlaces(JsonNode data, int n) {
        JsonNode s = data.path("s");
        Set<String> out = new HashSet<>();
        for (JsonNode f : data.path("files").get(n - 1).get(10)) {
            if (f.get(1).asInt() == 0 && f.get(2).asInt() >= 0) {
                out.add(key(s.get(f.get(2).asInt()).asText(), f.get(3).asInt() < 0 ? null : s.get(f.get(3).asInt()).asText(),
                        f.get(4).asInt() < 0 ? null : s.get(f.get(4).asInt()).asText()));
            }
        }
        return out;
    }

    static String key(String table, String row, String column) {
        return table + "|" + (row == null ? "*" : row) + "|" + (column == null ? "*" : column);
    }

    /** The position (from 1) in the page's data of the file whose name ends with {@code name}. */
    static int position(JsonNode data, String name) {
        JsonNode files = data.path("files");
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).get(1).asText().equals(name)) {
                return i + 1;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    /** The page's DOM after its script ran, opened at {@code #file=N}. */
    static String dom(Path page, int n) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("gongkai-chromium");
        Path dump = Files.createTempFile("gongkai-dom", ".html");
        try {
            Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                    page.toUri() + "#file=" + n)
                    .redirectOutput(dump.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
            return Files.readString(dump, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(dump);
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
