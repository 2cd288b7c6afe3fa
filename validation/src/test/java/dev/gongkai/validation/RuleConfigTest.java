package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigTest {

    static Report unbalanced() {
        ObjectNode spec = Cases.JSON.createObjectNode().put("base", "2021");
        spec.putObject("set").put("/applications/carried_forward/natural_person", 3).put("/applications/carried_forward/total", 3);
        return Cases.report(spec);
    }

    @Test
    void aRuleTurnedOffDoesNotRun() {
        assertThat(Validator.defaults().validate(unbalanced())).extracting(Finding::rule).containsExactly("applications.balance", "applications.balance");
        Validator v = Validator.of(RuleConfig.defaults().off("applications.balance"));
        assertThat(v.validate(unbalanced())).isEmpty();
        assertThat(v.enabledRules()).doesNotContain("applications.balance").contains("values.blank");
    }

    @Test
    void aRuleReGradedKeepsItsFindingsAtTheNewSeverity() {
        List<Finding> f = Validator.of(RuleConfig.defaults().severity("applications.balance", Severity.INFO)).validate(unbalanced());
        assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO);
    }

    @Test
    void unknownIdsParametersAndValuesAreRejectedByName() {
        assertThatThrownBy(() -> RuleConfig.defaults().off("applications.balanse"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applications.balanse");
        assertThatThrownBy(() -> RuleConfig.defaults().parameter("narrative.copied", "treshold", "0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("treshold");
        assertThatThrownBy(() -> RuleConfig.defaults().parameter("narrative.copied", "threshold", "1.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> RuleConfig.defaults().parameter("values.blank", "tolerance", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values.blank");
        assertThatThrownBy(() -> RuleConfig.parse("{\"rules\": {\"no.such-rule\": \"OFF\"}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such-rule");
        assertThatThrownBy(() -> RuleConfig.parse("{\"rules\": {\"values.blank\": \"LOUD\"}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOUD");
        assertThatThrownBy(() -> RuleConfig.parse("{\"rulez\": {}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rulez");
    }

    @Test
    void loadsJsonFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, "{\"rules\": {\"applications.balance\": {\"severity\": \"WARNING\", \"tolerance\": 0},"
                + " \"values.blank\": \"OFF\", \"batch.hierarchy-sum\": \"ON\","
                + " \"narrative.copied\": {\"threshold\": 0.8}}}");
        RuleConfig c = RuleConfig.load(f);
        Validator v = Validator.of(c);
        assertThat(v.enabledRules()).contains("batch.hierarchy-sum").doesNotContain("values.blank");
        assertThat(v.validate(unbalanced())).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        RuleDescriptor copied = v.rules().stream().filter(d -> d.id().equals("narrative.copied")).findFirst().orElseThrow();
        assertThat(c.parameters(copied).get("threshold")).isEqualByComparingTo("0.8");
        assertThat(c.parameters(copied).get("shingle")).isEqualByComparingTo("5");
    }

    @Test
    void aCustomRuleFromServiceLoaderIsListedConfiguredAndReported() {
        Validator v = Validator.defaults();
        RuleDescriptor d = v.rules().stream().filter(r -> r.id().equals("custom.organ-named")).findFirst().orElseThrow();
        assertThat(d.builtIn()).isFalse();
        assertThat(d.summary(Locale.CHINESE)).isEqualTo("报告写明机关名称");
        Report nameless = Cases.report(Cases.JSON.createObjectNode().put("base", "2021")).toBuilder().organ(null).build();
        List<Finding> f = v.validate(nameless);
        assertThat(f).extracting(Finding::rule).containsExactly("custom.organ-named");
        assertThat(f.get(0).message(Locale.CHINESE)).startsWith("报告未写明机关名称");
        assertThat(f.get(0).message(Locale.ENGLISH)).startsWith("The report does not name its organ");
        assertThat(Validator.of(RuleConfig.defaults().off("custom.organ-named")).validate(nameless)).isEmpty();
        assertThat(Validator.of(RuleConfig.defaults().parameter("custom.organ-named", "min-length", "10"))
                .validate(Cases.report(Cases.JSON.createObjectNode().put("base", "2021")))).hasSize(1);
    }

    @Test
    void everyBuiltInRuleIsListedWithItsMetadata() {
        List<RuleDescriptor> rules = Validator.defaults().rules();
        assertThat(rules).filteredOn(RuleDescriptor::builtIn).extracting(RuleDescriptor::id).containsExactly(
                "applications.applicant-sum", "applications.balance", "applications.outcomes-sum", "batch.duplicate",
                "batch.hierarchy-sum",
                "cross-year.carry-over", "cross-year.normative-documents", "metadata.year", "narrative.applications",
                "narrative.copied", "narrative.review-litigation", "reading.uncertain", "review-litigation.sum", "structure.edition-year",
                "structure.sections", "structure.tables", "structure.template", "values.blank", "values.integer",
                "values.non-negative");
        assertThat(rules).allSatisfy(r -> assertThat(r.since()).isNotBlank());
        assertThat(rules).filteredOn(r -> r.id().equals("batch.hierarchy-sum")).allMatch(r -> !r.enabledByDefault());
    }
}
