package dev.gongkai.examples;

import static dev.gongkai.testkit.GongkaiAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ExpectedFinding;
import dev.gongkai.testkit.ReportSource;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Example (README, "Testing your own system with gongkai"): generated fixtures in a parameterized test,
 * a ready-made negative fixture, and minimisation of a failing case.
 */
class TestingYourSystemTest {

    /** Stands for the user's own code under test: here, a total of applications handled. */
    static BigDecimal handled(Report r) {
        return r.applications().value(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
    }

    @ParameterizedTest
    @ReportSource(count = 200, seed = 42)
    void everyGeneratedReportBalances(Report report) {
        BigDecimal in = report.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)
                .add(report.applications().value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
        BigDecimal out = handled(report).add(report.applications().value(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL));
        assertThat(in).isEqualByComparingTo(out);
    }

    @Test
    void aBrokenBalanceIsFound() {
        Violation v = Reports.violating("applications.balance");
        var findings = Validator.defaults().validate(v.report());
        assertThatFindings(findings, TestingYourSystemTest::expected)
                .ofRule("applications.balance").containsExactlyInAnyOrder(v.findings());
    }

    @Test
    void aFailingCaseShrinksToASmallOne() {
        // a "bug" that fails whenever more than 3 applications were handled
        java.util.function.Predicate<Report> fails = r -> handled(r) != null && handled(r).intValue() > 3;
        long seed = 7;
        while (!fails.test(Reports.generator().generate(seed))) {
            seed++;
        }
        Report big = Reports.generator().generate(seed);
        Report small = Reports.minimise(big, fails);
        assertThat(fails.test(small)).as("seed %d", seed).isTrue();
        assertThat(handled(small).intValue()).isGreaterThan(3);
        assertThat(small.sections()).hasSizeLessThanOrEqualTo(big.sections().size());
    }

    static ExpectedFinding expected(Finding f) {
        return new ExpectedFinding(f.rule(), f.location().table(), f.location().row(), f.location().column(),
                f.location().section());
    }
}
