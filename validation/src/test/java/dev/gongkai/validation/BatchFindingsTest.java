package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Validator#batchFindings} against its definition: the findings of the report in its batch that the
 * report alone does not give (the whole rule set run with and without the batch, one finding taken out for
 * each equal one), over generated year pairs, duplicates and hierarchies; and {@link OrganHierarchy#parse}.
 */
class BatchFindingsTest {

    private static final Validator HIERARCHY_ON = Validator.of(RuleConfig.parse("{\"rules\":{\"batch.hierarchy-sum\":\"ON\"}}"));

    /** The definition: what the batch run gives beyond the run alone, in the batch run's order. */
    private static List<Finding> added(List<Finding> inBatch, List<Finding> alone) {
        List<Finding> rest = new ArrayList<>(alone);
        List<Finding> out = new ArrayList<>();
        for (Finding f : inBatch) {
            if (!rest.remove(f)) {
                out.add(f);
            }
        }
        return out;
    }

    @Test
    void onlyTheFindingsTheBatchAddsOverGeneratedPairsAndDuplicates() {
        ReportGenerator[] gens = {Reports.generator().edition(Edition.E2021), Reports.generator().edition(Edition.E2019).withBlanks(),
            Reports.generator().edition(Edition.E2021).withBlanks()};
        int nonEmpty = 0;
        for (long seed = 0; seed < 60; seed++) {
            ReportPair p = gens[(int) (seed % 3)].generatePair(seed);
            Report current = p.current();
            if (seed % 2 == 0) {
                Cell c = current.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
                current = current.toBuilder().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL,
                        Cell.of(c.value() == null ? 1 : c.value().longValue() + 1)).build();
            }
            List<NamedReport> dups = seed % 3 == 0 ? List.of(new NamedReport("copy", current)) : List.of();
            Validator v = Validator.defaults();
            List<Finding> want = added(v.validate(current, p.previous(), dups), v.validate(current));
            List<Finding> got = v.batchFindings(current, p.previous(), dups);
            assertThat(got).as("seed %d", seed).containsExactlyElementsOf(want);
            nonEmpty += got.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("pairs with batch findings").isGreaterThan(20);
    }

    @Test
    void subordinatesGiveTheHierarchySumAsTheBatchDoes() {
        ReportGenerator g = Reports.generator().edition(Edition.E2021);
        for (long seed = 0; seed < 10; seed++) {
            Report parent = g.generate(seed).toBuilder().organ("样例省示范市人民政府").year(2023).build();
            Report a = g.generate(seed + 100).toBuilder().organ("样例省示范市甲区人民政府").year(2023).build();
            Report b = g.generate(seed + 200).toBuilder().organ("示范市乙区人民政府").year(2023).build();
            Report other = g.generate(seed + 300).toBuilder().organ("样例省示范市丙区人民政府").year(2022).build();
            List<NamedReport> batch = List.of(new NamedReport("p", parent), new NamedReport("a", a), new NamedReport("a2", a),
                    new NamedReport("b", b), new NamedReport("c", other));
            OrganHierarchy h = OrganHierarchy.parse("parent,child\n示范市人民政府,甲区人民政府\n示范市人民政府,示范市乙区人民政府\n"
                    + "示范市人民政府,丙区人民政府\n");
            List<String> organs = batch.stream().map(n -> n.report().organ()).toList();
            List<Integer> years = batch.stream().map(n -> n.report().year()).toList();
            assertThat(Validator.subordinates(organs, years, 0, h)).as("one report per organ, same year only").containsExactly(1, 3);
            List<Finding> want = added(HIERARCHY_ON.validateBatch(batch, h.asMap()).get(0), HIERARCHY_ON.validate(parent));
            List<Finding> got = HIERARCHY_ON.batchFindings(parent, null, List.of(), List.of(a, b));
            assertThat(got).as("seed %d", seed).containsExactlyElementsOf(want);
            assertThat(got).extracting(Finding::rule).as("seed %d", seed).contains("batch.hierarchy-sum");
            assertThat(Validator.defaults().batchFindings(parent, null, List.of(), List.of(a, b))).as("opt-in").isEmpty();
        }
    }

    @Test
    void aHierarchyIsReadFromCsvOrJsonLines() {
        OrganHierarchy csv = OrganHierarchy.parse("\uFEFFparent,child\r\n# a comment\n\n甲市, 乙县 \n\"甲市\",\"丙县, 东\"\n甲市,乙县\n");
        assertThat(csv.asMap()).isEqualTo(Map.of("甲市", List.of("乙县", "丙县, 东")));
        OrganHierarchy json = OrganHierarchy.parse("{\"parent\":\"甲市\",\"child\":\"乙县\"}\n{\"child\":\"丁县\",\"parent\":\"戊市\"}\n");
        assertThat(json.asMap()).isEqualTo(Map.of("甲市", List.of("乙县"), "戊市", List.of("丁县")));
        assertThat(OrganHierarchy.parse("").isEmpty()).isTrue();
        assertThatThrownBy(() -> OrganHierarchy.parse("甲市,乙县\n甲市\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> OrganHierarchy.parse("甲市,乙县,丙县\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> OrganHierarchy.parse("{\"parent\":\"甲市\"}\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> OrganHierarchy.parse("{\"parent\":\n")).hasMessageContaining("not valid JSON");
    }
}
