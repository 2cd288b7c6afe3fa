package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai check} over 2,000 generated files in four shapes (canonical JSON, tab and pipe text,
 * HTML), one in ten corrupt (truncated, binary junk, empty), run in a separate JVM limited to
 * {@code -Xmx256m} so that the heap bound is real.
 */
@Tag("slow")
class CheckLargeBatchTest {

    static final int FILES = 2000;
    static final long SEED = 8_000L;

    @TempDir
    Path dir;

    @Test
    void twoThousandMixedFilesWithCorruptOnesInABoundedHeap() throws Exception {
        Path in = dir.resolve("in");
        Set<String> good = new HashSet<>();
        Set<String> bad = new HashSet<>();
        ReportGenerator[] generators = {Reports.generator().edition(Edition.E2021), Reports.generator().edition(Edition.E2019).withBlanks()};
        Random random = new Random(SEED);
        for (int i = 0; i < FILES; i++) {
            Report r = generators[i % 2].generate(SEED + i);
            String[] shape = shape(i, r);
            Path f = in.resolve("d" + (i % 17)).resolve(String.format("%04d.%s", i, shape[0]));
            Files.createDirectories(f.getParent());
            byte[] bytes = shape[1].getBytes(StandardCharsets.UTF_8);
            if (i % 10 == 9) {
                bytes = corrupt(i / 10 % 3, bytes, random);
                bad.add(f.toString());
            } else {
                good.add(f.toString());
            }
            Files.write(f, bytes);
        }
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", in.toString(), "--out", out.toString(), "--format", "json", "--progress", "lines", "--jobs", "2")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(stdout).isIn(Main.OK, Main.FINDINGS);

        JsonNode summary = new ObjectMapper().readTree(stdout);
        assertThat(summary.path("files").asInt()).isEqualTo(FILES);
        assertThat(summary.path("status").path("unreadable").asInt()).isEqualTo(bad.size());
        long peak = summary.path("heap").path("peakBytes").asLong();
        long max = summary.path("heap").path("maxBytes").asLong();
        assertThat(max).isLessThanOrEqualTo(256L << 20);
        assertThat(peak).isPositive();
        System.out.printf("check: %d files in %.1f s (%.0f files/s), heap peak %d MiB of %d MiB%n", FILES,
                summary.path("seconds").asDouble(), FILES / summary.path("seconds").asDouble(), peak >> 20, max >> 20);

        Map<String, String> status = new HashMap<>();
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",", -1);
            status.put(f[0], f[8]);
        }
        assertThat(status).hasSize(FILES);
        for (String g : good) {
            assertThat(status.get(g)).as(g).isIn("ok", "warning", "error");
        }
        for (String b : bad) {
            assertThat(status.get(b)).as(b).isEqualTo("unreadable");
        }
        Set<String> unreadable = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            if (line.contains("\"document.unreadable\"")) {
                unreadable.add(new ObjectMapper().readTree(line).path("source").asText());
            }
        }
        assertThat(unreadable).isEqualTo(bad);
        try (var s = Files.walk(out.resolve("reports"))) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(good.size());
        }
        assertThat(Files.size(out.resolve("report.html"))).isPositive();
    }

    /** The extension and text of file {@code i}: canonical JSON, tab text, pipe text or HTML. */
    static String[] shape(int i, Report r) {
        switch (i % 4) {
            case 0:
                return new String[] {"json", ReportJson.toJson(r)};
            case 1:
                return new String[] {"txt", TextRenderer.tabs().render(r, RenderOptions.plain()).text()};
            case 2:
                return new String[] {"txt", TextRenderer.pipes().render(r, RenderOptions.plain()).text()};
            default:
                return new String[] {"html", HtmlRenderer.standard().render(r, RenderOptions.plain()).text()};
        }
    }

    /** Truncated to a few bytes (no template left), binary junk, or empty. */
    static byte[] corrupt(int kind, byte[] bytes, Random random) {
        switch (kind) {
            case 0:
                return Arrays.copyOf(bytes, 24);
            case 1:
                byte[] junk = new byte[512 + random.nextInt(2048)];
                random.nextBytes(junk);
                junk[0] = 0;
                return junk;
            default:
                return new byte[0];
        }
    }
}
