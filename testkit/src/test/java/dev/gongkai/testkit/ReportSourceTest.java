package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;

/** {@code @ReportSource} feeds seeded reports and names each case by its seed. */
class ReportSourceTest {

    @ParameterizedTest
    @ReportSource(count = 25, seed = 500, edition = EditionChoice.E2019)
    void givesTheReportOfEachSeedNamedBySeed(Report report, long seed, TestInfo info) {
        assertThat(seed).isBetween(500L, 524L);
        assertThat(report.edition()).isEqualTo(Edition.E2019);
        assertThat(ReportJson.toJson(report))
                .isEqualTo(ReportJson.toJson(Reports.generator().edition(Edition.E2019).generate(seed)));
        assertThat(info.getDisplayName()).contains("seed=" + seed);
    }

    @ParameterizedTest
    @ReportSource(count = 10, blanks = true, collapsedOtherRow = true, edition = EditionChoice.E2021)
    void passesPairsAndOptions(ReportPair pair) {
        assertThat(pair.current().year()).isEqualTo(pair.previous().year() + 1);
        assertThat(pair.current().otherCollapsed()).isTrue();
    }
}
