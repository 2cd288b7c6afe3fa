package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.SectionHeading;
import dev.gongkai.model.TableId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 6 on the seeds, from their expected JSON plus the prose and the section headings of
 * the seed text (read here by a plain line scan, standing in for a reader's record of the layout).
 */
class SeedsTest {

    static final Path SEEDS = Path.of("../corpus/seeds");
    private static final Pattern HEADING = Pattern.compile("^\\s?(?:([一二三四五六])、)?(.*)$");

    static Report seed(String stem) throws IOException {
        Report r = ReportJson.read(Files.readString(SEEDS.resolve("expected/" + stem + ".json")));
        List<String> lines = Files.readAllLines(SEEDS.resolve(stem + ".txt"), StandardCharsets.UTF_8);
        List<SectionHeading> headings = new ArrayList<>();
        Map<Section, StringBuilder> text = new EnumMap<>(Section.class);
        Section current = null;
        for (String line : lines) {
            Section s = heading(line, current);
            if (s != null) {
                Matcher m = HEADING.matcher(line);
                m.matches();
                headings.add(new SectionHeading(s, line.strip(), m.group(1) != null, headings.size(), null));
                current = s;
                text.put(s, new StringBuilder());
            } else if (current != null && !line.startsWith("\t")) {
                text.get(current).append(line).append('\n');
            }
        }
        Report.Builder b = r.toBuilder();
        text.forEach((s, t) -> b.section(s, t.toString().strip()));
        return b.structure(new DocumentStructure(true, headings, EnumSet.allOf(TableId.class), List.of(), List.of())).build();
    }

    /** A top-level heading: the next section's numeral, or the label of 五/六 without it. */
    private static Section heading(String line, Section current) {
        if (line.startsWith("\t")) {
            return null;
        }
        String s = line.strip();
        int next = current == null ? 0 : current.ordinal() + 1;
        if (next >= Section.values().length) {
            return null;
        }
        Section want = Section.values()[next];
        if (s.startsWith(want.numeral() + "、") && s.length() < 40) {
            return want;
        }
        if (want.ordinal() >= 4 && s.length() < 30 && s.startsWith(want.label().substring(0, 4))) {
            return want;
        }
        return null;
    }

    static List<Finding> findings(String stem) throws IOException {
        return Validator.defaults().validate(seed(stem));
    }

    @Test
    void noSeedHasAnErrorFinding() throws IOException {
        for (String stem : List.of("000_caa70d9250cb3ad4", "001_0f3a3c160bddc4d1", "002_d99c8dcb44f53e53",
                "003_e52139f12275cdbc", "004_848a9e02a78f2d1d")) {
            Report r = seed(stem);
            assertThat(r.sections()).as(stem + " sections").hasSize(6);
            assertThat(Validator.defaults().validate(r)).as(stem).noneMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Test
    void seeds000And001StateTotalsWithCarriedOverAndGetNoNarrativeFinding() throws IOException {
        assertThat(findings("000_caa70d9250cb3ad4")).noneMatch(f -> f.rule().startsWith("narrative."));
        assertThat(findings("001_0f3a3c160bddc4d1")).noneMatch(f -> f.rule().startsWith("narrative."));
    }

    @Test
    void seed002HasValuesBlankOnEveryBlankApplicationCell() throws IOException {
        JsonNode want = Cases.JSON.readTree(SEEDS.resolve("expected/002_d99c8dcb44f53e53.json").toFile()).get("applications");
        Set<String> need = new HashSet<>();
        want.fields().forEachRemaining(r -> r.getValue().fields().forEachRemaining(c -> {
            if (c.getValue().isNull()) {
                need.add(r.getKey() + "/" + c.getKey());
            }
        }));
        assertThat(need).hasSizeGreaterThan(20);
        Set<String> got = new HashSet<>();
        for (Finding f : findings("002_d99c8dcb44f53e53")) {
            if (f.rule().equals("values.blank") && "applications".equals(f.location().table())) {
                assertThat(got.add(f.location().row() + "/" + f.location().column())).as("reported once").isTrue();
            }
        }
        assertThat(got).isEqualTo(need);
    }

    @Test
    void seed003ProseContradictsTheTable() throws IOException {
        List<Finding> n = findings("003_e52139f12275cdbc").stream().filter(f -> f.rule().equals("narrative.applications")).toList();
        assertThat(n).extracting(f -> f.location().column() + " " + f.actual() + "≠" + f.expected())
                .containsExactly("natural_person 8≠7", "total 9≠8");
        assertThat(n).allSatisfy(f -> {
            assertThat(f.location().section()).isEqualTo("overview");
            assertThat(f.arguments()).anySatisfy(a -> assertThat(a.toString()).contains("2021年共受理依申请公开9件"));
        });
    }

    @Test
    void seed004HasItsUnnumberedHeadingReported() throws IOException {
        assertThat(findings("004_848a9e02a78f2d1d")).filteredOn(f -> f.rule().equals("structure.sections"))
                .extracting(f -> f.severity() + " " + f.location().section()).containsExactly("INFO problems");
    }
}
