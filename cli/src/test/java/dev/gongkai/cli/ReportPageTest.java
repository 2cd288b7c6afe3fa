package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html at batch scale: its size is bounded by the files with findings (clean files cost nothing),
 * it is well-formed HTML with no network reference, and its embedded data lists exactly the files with
 * findings. The batch: generated canonical JSON reports, each of its own organ (so no year pairs or
 * duplicates), clean ones and ones that break a rule or leave cells blank.
 */
class ReportPageTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] RULES = {"applications.balance", "applications.outcomes-sum", "applications.applicant-sum",
        "review-litigation.sum", "values.non-negative"};

    @TempDir
    Path dir;

    @Test
    void pageSizeGrowsWithTheFilesWithFindingsNotWithTheCleanOnes() throws Exception {
        Path in = dir.resolve("in");
        int withFindings = writeWithFindings(in.resolve("findings"), 200);
        writeClean(in.resolve("clean-a"), 0, 800);
        Path outA = dir.resolve("out-a");
        check(in, outA);
        writeClean(in.resolve("clean-b"), 800, 800); // twice as many clean files
        Path outB = dir.resolve("out-b");
        check(in, outB);

        long a = Files.size(outA.resolve("report.html"));
        long b = Files.size(outB.resolve("report.html"));
        assertThat(b - a).as("800 more clean files: %d → %d bytes", a, b).isLessThan(2_000);
        System.out.printf("report.html: %d bytes (%d files with findings, 800 clean), %d bytes (1,600 clean)%n", a, withFindings, b);
        assertThat(b).as("bytes per file with findings").isLessThan(60_000 + 2_500L * withFindings);

        for (Path out : List.of(outA, outB)) {
            String html = Files.readString(out.resolve("report.html"));
            wellFormedAndOffline(html);
            Set<String> expected = withFindings(out.resolve("findings.jsonl"));
            assertThat(expected).hasSizeGreaterThan(withFindings / 2);
            assertThat(listed(html)).isEqualTo(expected);
        }
    }

    /** Parses without an error and refers to nothing on the network. */
    static void wellFormedAndOffline(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(doc.select("html > head > title")).hasSize(1);
        for (Element e : doc.select("[src], [href]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertThat(ref).as("a reference of <%s>", e.tagName()).doesNotStartWith("http:").doesNotStartWith("https:")
                    .doesNotStartWith("//");
        }
        assertThat(doc.select("link, iframe, img[src], script[src]")).isEmpty();
        assertThat(html).doesNotContain("http://", "https://", "@import", "url(");
    }

    /** The sources the page's embedded data lists. */
    static Set<String> listed(String html) throws Exception {
        JsonNode data = data(html);
        Set<String> out = new HashSet<>();
        for (JsonNode f : data.path("files")) {
            out.add(data.path("s").get(f.get(0).asInt()).asText() + f.get(1).asText());
        }
        return out;
    }

    /** The page's embedded data, plain or gzip in base64. */
    static JsonNode data(String html) throws Exception {
        Element el = Jsoup.parse(html).getElementById("gk-data");
        assertThat(el).isNotNull();
        String text = el.data();
        if ("json".equals(el.attr("data-encoding"))) {
            return JSON.readTree(text);
        }
        assertThat(el.attr("data-encoding")).isEqualTo("gzip-base64");
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text.trim())))) {
            return JSON.readTree(gz);
        }
    }

    /** The sources of findings.jsonl with at least one finding. */
    static Set<String> withFindings(Path jsonl) throws Exception {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            if (n.path("findings").size() > 0) {
                out.add(n.path("source").asText());
            }
        }
        return out;
    }

    static void check(Path in, Path out) {
        MainTest.Run r = MainTest.run("check", in.toString(), "--out", out.toString(), "--progress", "none", "-q");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
    }

    /** Clean reports (no finding at all), each of an organ of its own. */
    private static void writeClean(Path folder, int from, int count) throws Exception {
        Files.createDirectories(folder);
        ReportGenerator g = Reports.generator().edition(Edition.E2021);
        long seed = 90_000L + from * 2L;
        for (int i = from; i < from + count; seed++) {
            Report r = g.generate(seed).toBuilder().organ(organ(i)).build();
            if (Validator.defaults().validate(r).isEmpty()) {
                Files.writeString(folder.resolve(i + ".json"), ReportJson.toJson(r));
                i++;
            }
        }
    }

    /** Reports that break a rule, and reports with blank cells; returns how many. */
    private static int writeWithFindings(Path folder, int count) throws Exception {
        Files.createDirectories(folder);
        ReportGenerator blanks = Reports.generator().edition(Edition.E2019).withBlanks();
        int n = 0;
        for (int i = 0; i < count; i++) {
            Report r = i % 2 == 0 ? Reports.violating(RULES[i / 2 % RULES.length], 500L + i).report() : blanks.generate(700L + i);
            Files.writeString(folder.resolve("f" + i + ".json"), ReportJson.toJson(r.toBuilder().organ(organ(100_000 + i)).build()));
            n++;
        }
        return n;
    }

    /** A plausible organ name of its own for each number: 试 + its digits as the ten heavenly stems + 县教育局. */
    static String organ(int n) {
        StringBuilder b = new StringBuilder("试");
        for (char c : Integer.toString(n).toCharArray()) {
            b.append("甲乙丙丁戊己庚辛壬癸".charAt(c - '0'));
        }
        return b.append("县教育局").toString();
    }
}
