package dev.gongkai.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.Section;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ReportJsonTest {

    static final ObjectMapper M = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> seedsReadAndWriteBackEqual() {
        return SchemaTest.SEEDS.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            JsonNode expected = SchemaTest.seed(s);
            Report r = ReportJson.read(expected.toString());
            JsonNode written = M.readTree(ReportJson.toJson(r));
            ((com.fasterxml.jackson.databind.node.ObjectNode) written).remove("sections");
            assertThat(written).isEqualTo(expected);
            assertThat(ReportDiff.between(r, ReportJson.read(ReportJson.toJson(r)))).isEmpty();
        }));
    }

    @Test
    void writesExactDecimalsAndKeyOrder() throws Exception {
        Report r = Report.builder(Edition.E2019).year(2020)
                .cell(ActiveRow.CENTRALIZED_PROCUREMENT, ActiveColumn.PROCUREMENT_AMOUNT, Cell.of("3000644.004"))
                .cell(ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.CHANGE, Cell.of(-18538))
                .cell(ActiveRow.RULES, ActiveColumn.NEWLY_MADE, Cell.of(new BigDecimal("6.00")))
                .section(Section.PROBLEMS, "问题").section(Section.OVERVIEW, "总体")
                .published(LocalDate.of(2021, 1, 30))
                .build();
        String json = ReportJson.toJson(r);
        assertThat(json).contains("\"procurement_amount\": 3000644.004")
                .contains("\"change\": -18538")
                .contains("\"newly_made\": 6,")
                .contains("\"published\": \"2021-01-30\"");
        assertThat(json.indexOf("\"overview\"")).isLessThan(json.indexOf("\"problems\""));
        assertThat(json.indexOf("\"schema\"")).isLessThan(json.indexOf("\"edition\""));
        assertThat(json.indexOf("\"sections\"")).isLessThan(json.indexOf("\"active_disclosure\""));
        Report back = ReportJson.read(json);
        assertThat(back.activeDisclosure().value(ActiveRow.CENTRALIZED_PROCUREMENT, ActiveColumn.PROCUREMENT_AMOUNT))
                .isEqualByComparingTo("3000644.004");
        assertThat(ReportDiff.between(r, back)).isEmpty();
    }

    @Test
    void wholeNumbersAreWrittenAsTheirCanonicalForm() throws Exception {
        // whole numbers take a shorter way to the JSON than other decimals: both must give the canonical form
        java.util.Random rnd = new java.util.Random(11);
        String[] fixed = {"0", "-0", "7", "-18538", "999999999999999999", "-999999999999999999", "1000000000000000000",
            "12345678901234567890", "6.00", "1E+3", "-2.50", "0.000", "3000644.004"};
        java.util.List<BigDecimal> values = new java.util.ArrayList<>();
        for (String f : fixed) {
            values.add(new BigDecimal(f));
        }
        for (int i = 0; i < 400; i++) {
            values.add(BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(64), rnd.nextInt(5) - 2));
        }
        for (BigDecimal v : values) {
            Report r = Report.builder(Edition.E2019).cell(ActiveRow.RULES, ActiveColumn.NEWLY_MADE, Cell.of(v)).build();
            assertThat(ReportJson.toJson(r)).as("%s", v.toString())
                    .contains("\"newly_made\": " + ReportJson.canonical(v).toPlainString() + ",");
        }
    }

    @Test
    void blankIsNullNeverZero() throws Exception {
        Report r = Report.builder(Edition.E2021).build();
        String json = ReportJson.toJson(r);
        assertThat(json).contains("\"natural_person\": null").doesNotContain(": 0");
        Report back = ReportJson.read(json);
        assertThat(back.applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).isBlank()).isTrue();
    }

    @Test
    void collapsedOtherRowRoundTrips() throws Exception {
        Report r = Report.builder(Edition.E2021).cell(ApplicationRow.OTHER, Applicant.TOTAL, Cell.of(3)).build();
        assertThat(r.otherCollapsed()).isTrue();
        String json = ReportJson.toJson(r);
        assertThat(json).contains("\"other\": {").doesNotContain("other.other");
        Report back = ReportJson.read(json);
        assertThat(back.otherCollapsed()).isTrue();
        assertThat(back.applications().value(ApplicationRow.OTHER, Applicant.TOTAL)).isEqualByComparingTo("3");
    }

    @Test
    void errorsNameThePath() {
        String ok = SchemaTest.seed("000_caa70d9250cb3ad4").toString();
        assertThatThrownBy(() -> ReportJson.read(ok.replace("\"granted\":{\"natural_person\":16", "\"granted\":{\"natural_person\":\"16\"")))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("/applications/granted/natural_person")
                .satisfies(e -> assertThat(((ReportFormatException) e).path()).isEqualTo("/applications/granted/natural_person"));
        assertThatThrownBy(() -> ReportJson.read(ok.replace("\"organ\"", "\"organisation\"")))
                .hasMessageContaining("/organisation").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> ReportJson.read(ok.replace("\"administrative_fees\"", "\"centralized_procurement\"")))
                .hasMessageContaining("/active_disclosure/centralized_procurement");
        assertThatThrownBy(() -> ReportJson.read(ok.replace("\"total\":20", "\"totl\":20")))
                .hasMessageContaining("/applications/new_received/totl").hasMessageContaining("unknown column");
        assertThatThrownBy(() -> ReportJson.read("{\"schema\":"))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ReportJson.read("[]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> ReportJson.read(ok.replace("\"2021\"", "\"2020\""))).hasMessageContaining("/edition");
    }

    @Test
    void countsKeepWhatWasReadForValidationToReport() throws Exception {
        String ok = SchemaTest.seed("000_caa70d9250cb3ad4").toString();
        Report r = ReportJson.read(ok.replace("\"granted\":{\"natural_person\":16", "\"granted\":{\"natural_person\":-2.5"));
        assertThat(r.applications().value(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON)).isEqualByComparingTo("-2.5");
        assertThat(r.applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON).span().path())
                .isEqualTo("/applications/granted/natural_person");
    }
}
