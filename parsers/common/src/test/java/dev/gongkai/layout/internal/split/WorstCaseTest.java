package dev.gongkai.layout.internal.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs that make the search explode must come back reported as undecidable within the budget,
 * never hang. (How long they take is measured by benchmarks, not here.)
 */
class WorstCaseTest {

    @Test
    void tableOfLongGluedRunsIsReportedUndecidable() {
        Map<ApplicationRow, List<String>> tokens = new LinkedHashMap<>();
        for (ApplicationRow row : ApplicationRow.rows(Edition.E2021)) {
            tokens.put(row, List.of("1".repeat(66)));
        }
        SplitResult<ApplicationRow> r = ArithmeticSplitter.applications(tokens, Edition.E2021);
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).hasSize(tokens.size())
                .allSatisfy(p -> assertThat(p.code()).isEqualTo("split-undecided"));
        assertThat(r.problems()).extracting(Problem::message)
                .allSatisfy(m -> assertThat(m).contains("undecidable within budget"));
    }

    @Test
    void longRunOfFifteenReviewNumbersIsReported() {
        SplitResult<ReviewGroup> r = ArithmeticSplitter.reviewLitigation(List.of("1".repeat(90)));
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code).containsExactly("split-impossible");
    }

    @Test
    void longRunInAnActiveRowIsReportedNotGuessed() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.RULES, List.of("9".repeat(30)), ActiveRow.ADMINISTRATIVE_LICENSING,
                        List.of("1".repeat(11))), Edition.E2021);
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code).containsExactly("split-undecided", "split-undecided");
    }
}
