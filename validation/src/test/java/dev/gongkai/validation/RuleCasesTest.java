package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.model.Report;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case file under {@code cases/<rule-id>/} as dynamic tests. */
class RuleCasesTest {

    static Path casesDir() throws URISyntaxException {
        return Path.of(RuleCasesTest.class.getResource("/cases/base/2021.json").toURI()).getParent().getParent();
    }

    @TestFactory
    Stream<DynamicNode> cases() throws Exception {
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(casesDir())) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.isDirectory(dir) || dir.getFileName().toString().equals("base")) {
                    continue;
                }
                String rule = dir.getFileName().toString();
                out.add(DynamicContainer.dynamicContainer(rule, caseTests(rule, dir)));
            }
        }
        return out.stream();
    }

    @Test
    void everyBuiltInRuleHasCasesWithPositiveAndNegativeOnes() throws Exception {
        for (RuleDescriptor d : Validator.defaults().rules()) {
            if (!d.builtIn()) {
                continue;
            }
            Path f = casesDir().resolve(d.id()).resolve("cases.json");
            assertThat(f).as("case file of " + d.id()).exists();
            JsonNode cases = Cases.JSON.readTree(f.toFile()).get("cases");
            boolean positive = false;
            boolean negative = false;
            for (JsonNode c : cases) {
                positive |= c.get("expected").size() > 0;
                negative |= c.get("expected").size() == 0;
            }
            assertThat(positive).as(d.id() + " has a positive case").isTrue();
            assertThat(negative).as(d.id() + " has a negative case").isTrue();
        }
    }

    @Test
    void theBaseReportsAreClean() {
        for (String base : List.of("2021", "2021-previous", "2019")) {
            Report r = Cases.report(Cases.JSON.createObjectNode().put("base", base));
            assertThat(Validator.defaults().validate(r)).as(base).isEmpty();
        }
        Report now = Cases.report(Cases.JSON.createObjectNode().put("base", "2021"));
        Report last = Cases.report(Cases.JSON.createObjectNode().put("base", "2021-previous"));
        assertThat(Validator.defaults().validate(now, last)).isEmpty();
    }

    private static Stream<DynamicNode> caseTests(String rule, Path dir) throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                JsonNode cases = Cases.JSON.readTree(f.toFile()).get("cases");
                for (JsonNode c : cases) {
                    String name = c.get("description").asText();
                    tests.add(DynamicTest.dynamicTest(name, f.toUri(), () -> run(rule, c)));
                }
            }
        }
        return tests.stream();
    }

    static void run(String rule, JsonNode c) {
        Report report = Cases.report(c);
        RuleConfig config = c.has("config") ? RuleConfig.parse(c.get("config").toString()) : RuleConfig.defaults();
        Validator v = Validator.of(config);
        List<Finding> all;
        if (c.has("subordinates")) {
            List<Report> reports = new ArrayList<>();
            reports.add(report);
            List<String> organs = new ArrayList<>();
            for (JsonNode s : c.get("subordinates")) {
                Report sub = Cases.report(s);
                reports.add(sub);
                organs.add(sub.organ());
            }
            all = v.validateAll(reports, Map.of(report.organ(), organs)).get(0);
        } else if (c.has("duplicates")) {
            List<NamedReport> dups = new ArrayList<>();
            for (JsonNode d : c.get("duplicates")) {
                dups.add(new NamedReport(d.path("name").asText("other.html"), Cases.report(d)));
            }
            all = v.validate(report, c.has("previous") ? Cases.report(c.get("previous")) : null, dups);
        } else if (c.has("previous")) {
            all = v.validate(report, Cases.report(c.get("previous")));
        } else {
            all = v.validate(report);
        }
        List<Finding> mine = all.stream().filter(f -> f.rule().equals(rule)).toList();
        List<String> got = mine.stream().map(RuleCasesTest::describe).toList();
        List<String> want = new ArrayList<>();
        for (JsonNode e : c.get("expected")) {
            want.add(describe(e));
        }
        assertThat(got).as("findings of %s; all findings: %s", rule, all).containsExactlyElementsOf(want);
        for (int i = 0; i < mine.size(); i++) {
            JsonNode e = c.get("expected").get(i);
            Finding f = mine.get(i);
            for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
                assertThat(f.message(l)).as("message").doesNotContain(f.messageKey());
            }
            if (e.has("quote")) {
                assertThat(f.arguments()).as("arguments").anySatisfy(a -> assertThat(String.valueOf(a)).contains(e.get("quote").asText()));
            }
        }
        assertThat(all).as("no rule failed").noneMatch(f -> f.rule().equals("rule.failed"));
    }

    private static String describe(Finding f) {
        return f.rule() + " " + f.severity() + " " + loc(f.location().table(), f.location().row(), f.location().column(),
                f.location().section()) + " expected=" + num(f.expected()) + " actual=" + num(f.actual());
    }

    private static String describe(JsonNode e) {
        JsonNode l = e.path("location");
        return e.get("rule").asText() + " " + e.get("severity").asText() + " "
                + loc(text(l, "table"), text(l, "row"), text(l, "column"), text(l, "section"))
                + " expected=" + num(e.has("expected") && !e.get("expected").isNull() ? e.get("expected").decimalValue() : null)
                + " actual=" + num(e.has("actual") && !e.get("actual").isNull() ? e.get("actual").decimalValue() : null);
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull() ? n.get(field).asText() : null;
    }

    private static String loc(String t, String r, String c, String s) {
        return "[" + t + "/" + r + "/" + c + " §" + s + "]";
    }

    private static String num(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }
}
