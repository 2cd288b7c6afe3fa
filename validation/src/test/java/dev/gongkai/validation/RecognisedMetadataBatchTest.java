package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year or organ recognised by OCR and not confirmed (ADR "recognised year and organ"): the report is not
 * paired on it in a batch, and {@code reading.uncertain} says so.
 */
class RecognisedMetadataBatchTest {

    private static Report uncertain(Report r, String field) {
        return r.toBuilder().structure(r.structure().withMetadataUncertain(field, "ocr-" + field + "-unconfirmed")).build();
    }

    @Test
    void aReportWhoseYearIsUncertainMeetsNoPreviousYear() {
        Report last = BatchTest.report("2021-previous", "/applications/carried_forward/research_institution", 0);
        Report now = BatchTest.report("2021", "/applications/carried_over/total", 5);
        assertThat(Validator.defaults().validateAll(List.of(now, last)).get(0)).extracting(Finding::rule)
                .contains("cross-year.carry-over");

        List<List<Finding>> out = Validator.defaults().validateAll(List.of(uncertain(now, DocumentStructure.YEAR), last));
        assertThat(out.get(0)).extracting(Finding::rule).doesNotContain("cross-year.carry-over");
        assertThat(out.get(0)).filteredOn(f -> f.rule().equals("reading.uncertain"))
                .extracting(f -> f.message(java.util.Locale.ENGLISH)).anySatisfy(m -> assertThat(m).contains("year").contains("ocr-year-unconfirmed"));
        assertThat(out.get(1)).extracting(Finding::rule).doesNotContain("reading.uncertain");
    }

    @Test
    void aReportWhoseOrganIsUncertainIsNoOnesDuplicate() {
        Report a = BatchTest.report("2021", "/applications/carried_over/total", 5);
        Report copy = a.toBuilder().build();
        assertThat(Validator.defaults().validateAll(List.of(a, copy)).get(0)).extracting(Finding::rule)
                .contains("batch.duplicate");

        List<List<Finding>> out = Validator.defaults().validateAll(List.of(a, uncertain(copy, DocumentStructure.ORGAN)));
        assertThat(out.get(0)).extracting(Finding::rule).doesNotContain("batch.duplicate");
        assertThat(out.get(1)).extracting(Finding::rule).doesNotContain("batch.duplicate").contains("reading.uncertain");
        assertThat(out.get(1)).filteredOn(f -> f.rule().equals("reading.uncertain"))
                .extracting(f -> f.message(java.util.Locale.ENGLISH)).anySatisfy(m -> assertThat(m).contains("organ"));
    }

    @Test
    void aBatchKeepsNoDigestOfAReportWhoseYearOrOrganIsUncertain() {
        Report r = BatchTest.report("2021", "/applications/carried_over/total", 5);
        assertThat(ReportDigest.of(r)).isNotNull();
        assertThat(ReportDigest.of(uncertain(r, DocumentStructure.YEAR))).isNull();
        assertThat(ReportDigest.of(uncertain(r, DocumentStructure.ORGAN))).isNull();
    }
}
