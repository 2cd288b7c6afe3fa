package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.Reports;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai check --hierarchy}: a parent organ's table 三 against its subordinates' of the same year
 * ({@code batch.hierarchy-sum}), over generated batches of a parent and two subordinates in two years (the
 * hierarchy names them without their province or city; one subordinate published twice in a year, so only
 * the first by path counts; in the second year the parent's table is its one subordinate's, so it adds up).
 * Each file's {@code batch.hierarchy-sum} findings are those of the library's
 * {@link Validator#validateBatch(List, Map)} over the same reports in the order of their paths.
 */
class CheckHierarchyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULES = "{\"rules\":{\"batch.hierarchy-sum\":\"ON\"}}";
    private static final String HIERARCHY = "parent,child\n示范市人民政府,甲区人民政府\n\"示范市人民政府\",示范市乙区人民政府\n";

    @TempDir
    Path dir;

    @Test
    void theParentsTableIsCheckedAgainstItsSubordinatesAsTheLibraryChecksIt() throws Exception {
        Path config = Files.writeString(dir.resolve("rules.json"), RULES);
        Path hierarchy = Files.writeString(dir.resolve("hierarchy.csv"), HIERARCHY);
        Validator validator = Validator.of(RuleConfig.parse(RULES));
        for (long seed = 1; seed <= 3; seed++) {
            Path in = dir.resolve("in-" + seed);
            Map<String, Report> reports = corpus(in, seed);
            List<NamedReport> named = new ArrayList<>();
            reports.forEach((s, r) -> named.add(new NamedReport(s, r)));
            List<List<Finding>> all = validator.validateBatch(named, OrganHierarchy.parse(HIERARCHY).asMap());
            Map<String, List<JsonNode>> want = new TreeMap<>();
            for (int i = 0; i < named.size(); i++) {
                want.put(named.get(i).name(), sums(FindingsJson.toJsonLine(named.get(i).name(), null, all.get(i))));
            }

            Path out = dir.resolve("out-" + seed);
            MainTest.Run run = MainTest.run("check", in.toString(), "--out", out.toString(), "--config", config.toString(),
                    "--hierarchy", hierarchy.toString(), "--jobs", "2", "--progress", "none", "-q");
            assertThat(run.code()).as("seed %d: %s", seed, run.err()).isLessThanOrEqualTo(Main.FINDINGS);
            Map<String, List<JsonNode>> got = new TreeMap<>();
            for (String line : Files.readAllLines(out.resolve("findings.jsonl"), StandardCharsets.UTF_8)) {
                got.put(JSON.readTree(line).get("source").asText(), sums(line));
            }
            assertThat(got).as("seed %d", seed).isEqualTo(want);
            String parent = in.resolve("a/parent-1.json").toString();
            assertThat(got.get(parent)).as("seed %d: the parent's first year does not add up", seed).isNotEmpty();
            assertThat(got.get(in.resolve("a/parent-2.json").toString())).as("seed %d: its second year does", seed).isEmpty();
            assertThat(got.entrySet()).as("seed %d: only the parent is checked", seed)
                    .allMatch(e -> e.getKey().equals(parent) || e.getValue().isEmpty());

            Path plain = dir.resolve("plain-" + seed);
            MainTest.run("check", in.toString(), "--out", plain.toString(), "--config", config.toString(), "--progress", "none", "-q");
            assertThat(Files.readString(plain.resolve("findings.jsonl"))).as("seed %d: no hierarchy, no sums", seed)
                    .doesNotContain("batch.hierarchy-sum");
        }
    }

    @Test
    void aHierarchyFileThatCannotBeReadIsAUsageError() throws Exception {
        Path in = dir.resolve("in");
        corpus(in, 7);
        Path bad = Files.writeString(dir.resolve("bad.csv"), "parent,child\n示范市人民政府\n");
        MainTest.Run run = MainTest.run("check", in.toString(), "--hierarchy", bad.toString(), "--progress", "none", "-q");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("line 2");
        MainTest.Run missing = MainTest.run("check", in.toString(), "--hierarchy", dir.resolve("none.csv").toString(), "-q");
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("no such file");
    }

    /**
     * Writes a batch (canonical JSON) and returns its reports by source, in the order of the paths: a parent,
     * two subordinates named as the hierarchy does not name them, the first one twice in year one (the copy
     * with other figures comes second by path), and an organ outside the hierarchy.
     */
    private static Map<String, Report> corpus(Path in, long seed) throws Exception {
        var gen = Reports.generator().edition(Edition.E2021);
        int year = 2022 + (int) (seed % 2);
        Map<String, Report> out = new TreeMap<>();
        Report parent1 = named(gen.generate(seed * 10), "样例省示范市人民政府", year);
        Report a1 = named(gen.generate(seed * 10 + 1), "样例省示范市甲区人民政府", year);
        Report a1copy = named(gen.generate(seed * 10 + 2), "样例省示范市甲区人民政府", year);
        Report b1 = named(gen.generate(seed * 10 + 3), "示范市乙区人民政府", year);
        Report a2 = named(gen.generate(seed * 10 + 4), "样例省示范市甲区人民政府", year + 1);
        Report parent2 = named(a2, "样例省示范市人民政府", year + 1);
        Report other = named(gen.generate(seed * 10 + 5), "样例省他市人民政府", year);
        put(out, in.resolve("a/parent-1.json"), parent1);
        put(out, in.resolve("a/parent-2.json"), parent2);
        put(out, in.resolve("b/jia-1.json"), a1);
        put(out, in.resolve("b/jia-1z-copy.json"), a1copy);
        put(out, in.resolve("b/jia-2.json"), a2);
        put(out, in.resolve("c/yi-1.json"), b1);
        put(out, in.resolve("d/other.json"), other);
        return out;
    }

    private static Report named(Report r, String organ, int year) {
        return r.toBuilder().organ(organ).year(year).build();
    }

    private static void put(Map<String, Report> out, Path file, Report r) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, ReportJson.toJson(r));
        out.put(file.toString(), r);
    }

    /** The {@code batch.hierarchy-sum} findings of a findings line, as JSON. */
    private static List<JsonNode> sums(String line) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(line).get("findings")) {
            if (f.get("rule").asText().equals("batch.hierarchy-sum")) {
                out.add(f);
            }
        }
        return out;
    }
}
