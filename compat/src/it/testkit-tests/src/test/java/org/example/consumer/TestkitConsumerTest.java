package org.example.consumer;

import static dev.gongkai.testkit.GongkaiAssertions.assertThat;
import static dev.gongkai.testkit.GongkaiAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.ExpectedFinding;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.ReportSource;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * What a system built on some JUnit Jupiter version does with the testkit: a {@code @ReportSource}
 * property test, pairs, the AssertJ assertions and a ready-made violation. Shared by every
 * testkit-junit-* consumer; each runs it on its own JUnit.
 */
class TestkitConsumerTest {

    @Test
    void runsOnTheJUnitThisProjectDeclares() {
        String want = System.getProperty("expected.junit");
        assertThat(want).as("the consumer's pom passes expected.junit").isNotBlank();
        assertThat(ParameterizedTest.class.getPackage().getImplementationVersion()).isEqualTo(want);
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(want);
    }

    @ParameterizedTest
    @ReportSource(count = 12, seed = 4_000)
    void aRenderedReportParsesBack(Report report, long seed, TestInfo info) throws Exception {
        assertThat(info.getDisplayName()).contains("seed=" + seed);
        Rendering text = TextRenderer.tabs().render(report, RenderOptions.seeded(seed));
        Report parsed = Gongkai.parse(new ByteArrayInputStream(text.bytes()), ParseContext.defaults()).report();
        assertThat(parsed).as("seed %d", seed).hasSameTablesAndMetadataAs(report);
    }

    @ParameterizedTest
    @ReportSource(count = 4, seed = 9, blanks = true)
    void pairsAreConsecutiveYears(ReportPair pair) {
        assertThat(pair.current().year()).isEqualTo(pair.previous().year() + 1);
    }

    @Test
    void aViolationGivesItsFinding() {
        Violation v = Reports.violating("applications.balance");
        assertThatFindings(Validator.defaults().validate(v.report()), TestkitConsumerTest::expected)
                .ofRule("applications.balance").containsExactlyInAnyOrder(v.findings());
    }

    static ExpectedFinding expected(Finding f) {
        return new ExpectedFinding(f.rule(), f.location().table(), f.location().row(), f.location().column(),
                f.location().section());
    }
}
