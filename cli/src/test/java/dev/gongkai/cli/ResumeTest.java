package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume}: a batch killed midway ({@code kill -9}: a separate JVM destroyed forcibly) and resumed
 * in the same output folder ends with outputs equal, byte for byte but for the time of the run, to those
 * of a batch that was never interrupted; files already done are not read again.
 */
@Tag("slow")
class ResumeTest {

    /** Enough files that the killed JVM is caught midway; reports of consecutive years and duplicates among them. */
    static final int FILES = 900;
    static final long SEED = 16_000L;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayAndResumedEqualsOneNeverInterrupted() throws Exception {
        Path in = corpus(dir.resolve("in"));
        Path whole = dir.resolve("whole");
        String wholeOut = check(in, whole);

        Path resumed = dir.resolve("resumed");
        Path journal = resumed.resolve(".gongkai/journal-1.tsv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", in.toString(), "--out", resumed.toString(), "--progress", "none", "--jobs", "2", "--lang", "en")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long lines = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (p.isAlive() && lines < FILES / 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            lines = Files.exists(journal) ? newlines(journal) : 0;
        }
        assertThat(p.isAlive()).as("the batch is still running when it is killed").isTrue();
        p.destroyForcibly().waitFor();
        assertThat(resumed.resolve("findings.jsonl")).doesNotExist();
        try (Stream<Path> s = Files.list(resumed.resolve(".gongkai"))) {
            // what the killed batch spilled lies in its own folder (not the system's), until the next run cleans it
            assertThat(s.map(f -> f.getFileName().toString())).anyMatch(f -> f.matches("gongkai-keys-.*\\.spill"));
        }
        long done = newlines(journal) - 1;
        assertThat(done).isBetween(1L, FILES - 1L);

        StringWriter err = new StringWriter();
        String resumedOut = check(in, resumed, err, "--resume");
        long restored = Long.parseLong(err.toString().replaceAll("(?s).*resumed: (\\d+) of.*", "$1"));
        assertThat(restored).as(err.toString()).isGreaterThanOrEqualTo(done - 1).isLessThan(FILES);

        assertThat(resumedOut).isEqualTo(wholeOut);
        Map<String, byte[]> a = files(whole);
        Map<String, byte[]> b = files(resumed);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String f : a.keySet()) {
            if (f.equals("report.html")) {
                assertThat(untimed(b.get(f))).as(f).isEqualTo(untimed(a.get(f)));
            } else {
                assertThat(b.get(f)).as(f).isEqualTo(a.get(f));
            }
        }
        assertThat(new String(a.get("findings.jsonl"), StandardCharsets.UTF_8))
                .contains("cross-year.", "batch.duplicate", "document.unreadable");
        try (Stream<Path> s = Files.list(resumed.resolve(".gongkai"))) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("journal-2.tsv");
        }

        // everything is done now: a second resume reads nothing again and writes the same
        StringWriter again = new StringWriter();
        assertThat(check(in, resumed, again, "--resume")).isEqualTo(wholeOut);
        assertThat(again.toString()).contains("resumed: " + FILES + " of " + FILES);
        assertThat(files(resumed).get("findings.jsonl")).isEqualTo(a.get("findings.jsonl"));
    }

    @Test
    void aChangedFileIsReadAgainAndAChangedConfigurationReadsEverythingAgain() throws Exception {
        Path in = dir.resolve("in");
        ReportGenerator g = Reports.generator().edition(Edition.E2021);
        for (int i = 0; i < 6; i++) {
            Files.createDirectories(in);
            Files.writeString(in.resolve(i + ".json"), dev.gongkai.json.ReportJson.toJson(g.generate(SEED + i)));
        }
        Path out = dir.resolve("out");
        check(in, out);
        Files.writeString(in.resolve("3.json"), dev.gongkai.json.ReportJson.toJson(g.generate(SEED + 99)));
        StringWriter err = new StringWriter();
        check(in, out, err, "--resume");
        assertThat(err.toString()).contains("resumed: 5 of 6");
        assertThat(Files.readString(out.resolve("summary.csv"))).contains(g.generate(SEED + 99).organ());

        StringWriter other = new StringWriter();
        check(in, out, other, "--resume", "--exclude", "**/*.none");
        assertThat(other.toString()).contains("resumed: 0 of 6");
        StringWriter config = new StringWriter();
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"rules\": {\"values.blank\": \"OFF\"}}");
        check(in, out, config, "--resume", "--exclude", "**/*.none", "--config", rules.toString());
        assertThat(config.toString()).contains("resumed: 0 of 6");
        StringWriter same = new StringWriter();
        check(in, out, same, "--resume", "--exclude", "**/*.none", "--config", rules.toString());
        assertThat(same.toString()).contains("resumed: 6 of 6");
    }

    private static long newlines(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        long n = 0;
        for (byte x : b) {
            n += x == '\n' ? 1 : 0;
        }
        return n;
    }

    /** report.html without the time it was written and the seconds the run took. */
    private static String untimed(byte[] html) {
        return new String(html, StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\S+ · [0-9.]+ s", "TIME");
    }

    /** Every output file (the journal left out) by its path in the folder. */
    private static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith(".gongkai/")) {
                    m.put(rel, Files.readAllBytes(f));
                }
            }
        }
        return m;
    }

    private static String check(Path in, Path out, String... more) {
        return check(in, out, new StringWriter(), more);
    }

    /** Runs check in this JVM; returns stdout without its line of timing. */
    private static String check(Path in, Path out, StringWriter err, String... more) {
        StringWriter o = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("check", in.toString(), "--out", out.toString(),
                "--progress", "none", "--jobs", "2", "--lang", "en"));
        args.addAll(List.of(more));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(o), new PrintWriter(err));
        assertThat(code).as(err.toString()).isIn(Main.OK, Main.FINDINGS);
        return o.toString().replaceAll("checked (\\d+) files in [0-9.]+ s \\([0-9.]+ files/s\\)", "checked $1 files")
                .replace(out.toString(), "OUT");
    }

    /** Canonical JSON, text and HTML reports, one in 20 corrupt; reports of one organ's consecutive years and copies among them. */
    static Path corpus(Path in) throws IOException {
        ReportGenerator[] generators = {Reports.generator().edition(Edition.E2021), Reports.generator().edition(Edition.E2019).withBlanks()};
        Random random = new Random(SEED);
        for (int i = 0; i < FILES; i++) {
            Report r = generators[i % 2].generate(SEED + i % (FILES - 100));
            String[] shape = CheckLargeBatchTest.shape(i, r);
            Path f = in.resolve("d" + (i % 7)).resolve(String.format("%04d.%s", i, shape[0]));
            Files.createDirectories(f.getParent());
            byte[] bytes = shape[1].getBytes(StandardCharsets.UTF_8);
            if (i % 20 == 19) {
                bytes = CheckLargeBatchTest.corrupt(i / 20 % 3, bytes, random);
            }
            Files.write(f, bytes);
        }
        return in;
    }
}
