package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Minimisation keeps the failure and removes what does not matter. */
class MinimiseTest {

    static long nonZeroCells(Report r) {
        long n = 0;
        for (ApplicationRow row : r.applications().rows()) {
            for (Cell c : r.applications().row(row).values()) {
                n += c.value() != null && c.value().signum() != 0 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aBalanceFailureShrinksToItsCellsAndKeepsFailing() {
        for (long seed = 0; seed < 20; seed++) {
            Violation v = Reports.violating("applications.balance", seed);
            Predicate<Report> fails = r -> IndependentCheck.check(r).stream().anyMatch(f -> f.startsWith("applications.balance"));
            Report small = Reports.minimise(v.report(), fails);
            assertThat(fails.test(small)).isTrue();
            assertThat(nonZeroCells(small)).as("seed %d", seed).isLessThanOrEqualTo(nonZeroCells(v.report()));
            assertThat(small.sections().values()).allMatch(String::isEmpty);
            assertThat(small.organ()).isNull();
            // what is left of table 三 still breaks the balance and is no larger than one unit per cell
            assertThat(small.applications().rows()).contains(ApplicationRow.CARRIED_FORWARD);
            assertThat(small.applications().value(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL)).isNotNull();
        }
    }

    @Test
    void aReportThatDoesNotFailIsRejected() {
        Report r = Reports.generator().generate(1);
        assertThatThrownBy(() -> Reports.minimise(r, x -> false)).isInstanceOf(IllegalArgumentException.class);
    }
}
