package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import org.junit.jupiter.api.Test;

class GoldenAssertTest {

    @Test
    void acceptsItsOwnJsonWithoutSectionsAndWithOtherNumberForms() {
        Report r = Reports.generator().generate(11);
        String golden = ReportJson.toJson(r.toBuilder().section(dev.gongkai.model.Section.OVERVIEW, null).build())
                .replace("\"total\": 0,", "\"total\": 0.0,");
        GongkaiAssertions.assertThat(r).matchesGolden(golden);
    }

    @Test
    void failsOnADifferentCellAndNamesIt() {
        Report r = Reports.generator().generate(11);
        Report other = r.toBuilder().cell(ApplicationRow.GRANTED, Applicant.TOTAL, Cell.of(987654)).build();
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(other).matchesGolden(ReportJson.toJson(r)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("applications/granted/total");
    }

    @Test
    void failsOnBlankAgainstZero() {
        Report r = Reports.generator().generate(11).toBuilder()
                .cell(ApplicationRow.CARRIED_FORWARD, Applicant.OTHER_ORG, Cell.of(0)).build();
        Report blank = r.toBuilder().cell(ApplicationRow.CARRIED_FORWARD, Applicant.OTHER_ORG, Cell.MISSING).build();
        assertThatThrownBy(() -> GongkaiAssertions.assertThat(blank).matchesGolden(ReportJson.toJson(r)))
                .isInstanceOf(AssertionError.class);
    }
}
