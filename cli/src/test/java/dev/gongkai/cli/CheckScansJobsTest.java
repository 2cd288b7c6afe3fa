package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.layout.RecognitionWork;
import dev.gongkai.parser.ocr.Tesseract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai check} over PDFs whose tables are pictures, recognised by the installed OCR engine: two
 * files at once ({@code --jobs 2}) give the same findings as one at a time, the engine's pages are bounded
 * by --jobs, and the progress lines count the recognised pages.
 */
@Tag("slow")
class CheckScansJobsTest {

    static final Path PICTURES = Path.of("../parsers/pdf/src/test/resources/fixtures/pictures");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final int before = RecognitionWork.parallelism();

    @AfterEach
    void restore() {
        RecognitionWork.setParallelism(before);
    }

    private static boolean engineInstalled() {
        try {
            Tesseract.require();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private record Checked(JsonNode summary, List<String> findings, String err) {}

    private Checked check(int jobs) throws Exception {
        Path out = dir.resolve("out-" + jobs);
        MainTest.Run r = MainTest.run("check", dir.resolve("in").toString(), "--jobs", String.valueOf(jobs),
                "--out", out.toString(), "--format", "json", "--progress", "lines", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(RecognitionWork.parallelism()).as("the OCR bound follows --jobs").isEqualTo(jobs);
        List<String> findings;
        try (Stream<String> lines = Files.lines(out.resolve("findings.jsonl"))) {
            findings = lines.sorted().toList();
        }
        return new Checked(JSON.readTree(r.out()), findings, r.err());
    }

    @Test
    void twoJobsGiveTheFindingsOfOne() throws Exception {
        assumeTrue(engineInstalled(), "the OCR engine (tesseract) is not installed");
        Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> s = Files.list(PICTURES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.copy(p, dir.resolve("in").resolve(p.getFileName()));
            }
        }
        Checked one = check(1);
        Checked two = check(2);
        assertThat(one.summary().path("reports").asInt()).isEqualTo(2);
        assertThat(one.summary().path("findings").path("ERROR").asInt()).as("correct reports").isZero();
        assertThat(two.findings()).hasSize(2).isEqualTo(one.findings());
        assertThat(two.summary().path("findings")).isEqualTo(one.summary().path("findings"));
        assertThat(two.summary().path("readerProblems")).isEqualTo(one.summary().path("readerProblems"));
        // two pictures a file (tables 三 and 四), each recognised once
        assertThat(one.err()).contains("OCR: 4 images recognised");
        assertThat(two.err()).contains("OCR: 4 images recognised");
    }
}
