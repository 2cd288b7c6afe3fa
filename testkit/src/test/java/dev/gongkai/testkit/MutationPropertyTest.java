package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.json.ReportJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mutation breaks exactly its rule, with exactly its expected findings, checked by {@link IndependentCheck}. */
class MutationPropertyTest {

    static final int SEEDS = 300;

    static String line(ExpectedFinding f) {
        return f.rule() + " " + dash(f.table()) + " " + dash(f.row()) + " " + dash(f.column())
                + (f.rule().equals("structure.sections") ? " " + f.section() : "");
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    @Test
    void everyMutationBreaksExactlyItsRule() {
        for (String rule : Reports.violatingRules()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Violation v = Reports.violating(rule, seed);
                List<String> found = v.isPair() ? IndependentCheck.check(v.previous(), v.report()) : IndependentCheck.check(v.report());
                List<String> expected = v.findings().stream().map(MutationPropertyTest::line).toList();
                assertThat(found).as("%s seed %d: %s", rule, seed, v.description()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(v.rule()).isEqualTo(rule);
                assertThat(v.findings()).allMatch(f -> f.rule().equals(rule));
            }
        }
    }

    @Test
    void coversTheRulesOfTheSpec() {
        assertThat(Reports.violatingRules()).contains("applications.balance", "applications.outcomes-sum",
                "applications.applicant-sum", "review-litigation.sum", "values.non-negative", "values.integer",
                "values.blank", "structure.edition-year", "structure.template", "structure.sections", "metadata.year",
                "cross-year.carry-over", "cross-year.normative-documents", "narrative.applications",
                "narrative.review-litigation");
        assertThatThrownBy(() -> Reports.violating("no.such-rule")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such-rule");
    }

    @Test
    void sameSeedSameMutation() {
        for (String rule : Reports.violatingRules()) {
            Violation a = Reports.violating(rule, 17);
            Violation b = Reports.violating(rule, 17);
            assertThat(ReportJson.toJson(a.report())).isEqualTo(ReportJson.toJson(b.report()));
            assertThat(a.findings()).isEqualTo(b.findings());
        }
    }

    @Test
    void findingsAssertionComparesRuleAndLocation() {
        Violation v = Reports.violating("applications.balance", 3);
        GongkaiAssertions.assertThat(v.findings()).ofRule("applications.balance").containsExactlyInAnyOrder(v.findings());
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(v.findings()).containsExactlyInAnyOrder(v.findings().subList(0, 1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("unexpected");
        record Foreign(String id, String where) {}
        List<Foreign> foreign = List.of(new Foreign("values.blank", "active_disclosure/administrative_penalty/decisions"));
        GongkaiAssertions.assertThatFindings(foreign, f -> {
            String[] p = f.where().split("/");
            return ExpectedFinding.of(f.id(), p[0], p[1], p[2]);
        }).containsExactlyInAnyOrder(List.of(ExpectedFinding.of("values.blank", "active_disclosure", "administrative_penalty", "decisions")));
    }
}
