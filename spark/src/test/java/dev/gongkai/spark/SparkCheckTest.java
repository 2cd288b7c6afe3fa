package dev.gongkai.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} against the batch of {@code gongkai check} (the same library calls,
 * {@link BatchReference}), file by file, over a mixed corpus ({@link MixedCorpus}): every format the readers
 * take, damaged files, consecutive-year pairs and duplicates. One Spark session for the class.
 */
@Tag("slow")
class SparkCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static Path corpus;
    static int files;

    @BeforeAll
    static void start() throws IOException {
        corpus = tmp.resolve("corpus");
        files = MixedCorpus.write(corpus, 17);
        spark = SparkSession.builder().master("local[2]").appName("gongkai-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyFileGetsTheFindingsOfTheCliBatch() throws IOException {
        String rules = "{\"rules\":{\"batch.hierarchy-sum\":\"ON\"}}";
        Map<String, BatchReference.Result> expected = BatchReference.check(corpus, Validator.of(RuleConfig.parse(rules)),
                OrganHierarchy.parse(MixedCorpus.hierarchy()));
        assertThat(expected).hasSize(files);
        Path config = Files.writeString(tmp.resolve("rules.json"), rules);
        Path hierarchy = Files.writeString(tmp.resolve("hierarchy.csv"), MixedCorpus.hierarchy());
        Path out = tmp.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = CheckJob.run(new String[] {corpus.toString(), "--out", out.toString(), "--lang", "zh", "--config",
            config.toString(), "--hierarchy", hierarchy.toString()}, new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).as("ERROR findings give exit code 1").isEqualTo(CheckJob.FINDINGS);
        assertThat(CheckJob.lastRead).as("each file read once for all the tables").isEqualTo(files);
        assertThat(out.resolve(CheckJob.RESULTS)).as("the results written once for the tables, removed at the end").doesNotExist();

        Map<String, String> lines = new TreeMap<>();
        for (String line : textLines(out.resolve("findings.jsonl"))) {
            assertThat(lines.put(JSON.readTree(line).get("source").asText(), line)).as("one line per document").isNull();
        }
        Map<String, String> want = new TreeMap<>();
        expected.forEach((s, r) -> {
            if (r.line() != null) {
                want.put(s, r.line());
            }
        });
        assertThat(lines.keySet()).containsExactlyElementsOf(want.keySet());
        for (Map.Entry<String, String> e : want.entrySet()) {
            assertThat(lines.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }

        // the corpus exercises what it claims: cross-year, duplicates, unreadable and skipped files, every reader
        String all = String.join("\n", want.values());
        assertThat(all).contains("\"rule\":\"cross-year.carry-over\"", "\"rule\":\"batch.duplicate\"",
                "\"rule\":\"document.unreadable\"");
        assertThat(want.get(corpus.resolve("hierarchy/0.json").toString())).as("the parent's table 三 against its subordinates'")
                .contains("\"rule\":\"batch.hierarchy-sum\"");
        assertThat(want.keySet()).as("a name starting with _ is read, as gongkai check reads it")
                .contains(corpus.resolve("_drafts/_2023.json").toString())
                .noneMatch(s -> s.contains("/.cache/") || s.contains("/.2023"));
        assertThat(want.get(corpus.resolve("damaged/huge.txt").toString())).as("a file larger than a reader takes")
                .contains("\"rule\":\"document.unreadable\"");
        assertThat(want.get(corpus.resolve("names/樟树市%202023年报告.docx").toString())).as("a %% in a name read as it stands")
                .contains("\"rule\":\"batch.duplicate\"");
        Map<String, Long> statuses = expected.values().stream()
                .collect(Collectors.groupingBy(BatchReference.Result::status, TreeMap::new, Collectors.counting()));
        assertThat(statuses.keySet()).contains("unreadable", "error", "warning", "skipped");

        List<Row> table = spark.read().parquet(out.resolve("findings").toString())
                .select("source", "organ_key", "year", "edition", "status", "parser").collectAsList();
        Map<String, String> status = new HashMap<>();
        table.forEach(r -> status.put(r.getString(0), r.getString(4)));
        expected.forEach((s, r) -> assertThat(status.get(s)).as("status of %s", s).isEqualTo(r.status()));
        assertThat(table.stream().map(r -> r.getString(5)).filter(p -> p != null).distinct().count())
                .as("readers used").isGreaterThanOrEqualTo(7);
        assertThat(table.stream().map(r -> r.getString(5)).filter(p -> p != null).distinct().toList())
                .as("the job holds every reader gongkai check holds").contains("ofd", "odt");
        assertThat(table.stream().filter(r -> r.getString(1) != null).count()).as("reports keyed").isGreaterThan(80);

        Map<String, Long> summary = new TreeMap<>();
        spark.read().parquet(out.resolve("summary").toString()).filter("kind = 'status'").collectAsList()
                .forEach(r -> summary.put(r.getAs("name"), r.getAs("count")));
        assertThat(summary).isEqualTo(statuses);
        assertThat(spark.read().parquet(out.resolve("issues").toString()).filter("rule = 'cross-year.carry-over'").count())
                .isPositive();
        assertThat(textLines(out.resolve("reports.jsonl"))).hasSize((int) table.stream().filter(r -> r.getString(5) != null).count())
                .allSatisfy(l -> assertThat(l).startsWith("{").doesNotContain("\n"));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("checked " + files + " files");
    }

    @Test
    void aFileThatTakesTooLongIsCutOffAsUnreadable() {
        String pdf = MixedCorpus.repository().resolve("parsers/pdf/src/test/resources/fixtures/000_caa70d9250cb3ad4-ruled.pdf")
                .toString();
        List<Row> rows = GongkaiSpark.defaults().withTimeout(Duration.ofMillis(1))
                .documents(GongkaiSpark.binaryFiles(spark, pdf)).select("status", "reason", "findings").collectAsList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getString(0)).isEqualTo("unreadable");
        assertThat(rows.get(0).getString(1)).contains("time limit");
        assertThat(rows.get(0).getString(2)).contains("document.unreadable");
    }

    @Test
    void excludedFilesAreLeftOut() {
        List<Row> rows = GongkaiSpark.defaults().withExcludes(List.of("**/*.pdf", "**/junk.*"))
                .documents(GongkaiSpark.binaryFiles(spark, corpus.resolve("damaged").toString()))
                .select("source", "status").collectAsList();
        assertThat(rows).extracting(r -> r.getString(0)).noneMatch(s -> s.endsWith(".pdf") || s.contains("junk"))
                .anyMatch(s -> s.endsWith("truncated.docx"));
        assertThat(rows).extracting(r -> r.getString(1)).contains("skipped", "unreadable");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        assertThatThrownBy(() -> CheckJob.parse(new String[] {"--out", "x"})).hasMessageContaining("no input");
        assertThatThrownBy(() -> CheckJob.parse(new String[] {"in"})).hasMessageContaining("--out");
        assertThatThrownBy(() -> CheckJob.parse(new String[] {"in", "--out", "x", "--lang", "fr"})).hasMessageContaining("zh or en");
        assertThatThrownBy(() -> CheckJob.parse(new String[] {"in", "--out", "x", "--fail-on", "BAD"})).hasMessageContaining("--fail-on");
        assertThatThrownBy(() -> CheckJob.parse(new String[] {"in", "--out", "x", "--timeout", "soon"})).hasMessageContaining("seconds");
        assertThat(CheckJob.parse(new String[] {"a", "b", "-o", "x", "--timeout", "2.5", "--exclude", "**/x/**"}))
                .isEqualTo(new CheckJob.Options(List.of("a", "b"), "x", null, "en", List.of("**/x/**"), "ERROR", Duration.ofMillis(2500),
                        null));
        Path config = tmp.resolve("bad-config.json");
        Files.writeString(config, "{\"rules\":{\"no.such-rule\":\"OFF\"}}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(CheckJob.run(new String[] {corpus.toString(), "--out", tmp.resolve("never").toString(), "--config", config.toString()},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(CheckJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no.such-rule");
    }

    /** The lines of the text part files Spark wrote in a folder. */
    private static List<String> textLines(Path dir) throws IOException {
        try (Stream<Path> parts = Files.list(dir)) {
            List<Path> ps = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            List<String> out = new java.util.ArrayList<>();
            for (Path p : ps) {
                out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
