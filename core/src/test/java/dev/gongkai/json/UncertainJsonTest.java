package dev.gongkai.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.TableId;
import dev.gongkai.model.Uncertainty;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Certainty per cell survives the canonical JSON: written only when there is doubt, read back exactly, checked strictly. */
class UncertainJsonTest {

    private static Report doubtful() throws Exception {
        Report r = ReportJson.read(SchemaTest.seed("000_caa70d9250cb3ad4").toString());
        Cell granted = r.applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON);
        return r.toBuilder()
                .cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, granted.uncertain("row-long"))
                .cell(ReviewGroup.REVIEW, ReviewColumn.TOTAL, Cell.MISSING.uncertain("ambiguous-split"))
                .structure(r.structure().withUnmapped(TableId.ACTIVE_DISCLOSURE, "row-not-found"))
                .build();
    }

    @Test
    void aCleanReportHasNoUncertainField() throws Exception {
        Report r = ReportJson.read(SchemaTest.seed("000_caa70d9250cb3ad4").toString());
        assertThat(r.isCertain()).isTrue();
        assertThat(ReportJson.toJson(r)).doesNotContain("\"uncertain\"");
    }

    @Test
    void uncertaintiesRoundTripAndMatchTheSchema() throws Exception {
        Report r = doubtful();
        assertThat(r.uncertainties()).containsExactly(
                new Uncertainty(TableId.ACTIVE_DISCLOSURE, null, null, "row-not-found"),
                new Uncertainty(TableId.APPLICATIONS, ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, "row-long"),
                new Uncertainty(TableId.REVIEW_LITIGATION, ReviewGroup.REVIEW, ReviewColumn.TOTAL, "ambiguous-split"));
        String json = ReportJson.toJson(r);
        assertThat(SchemaTest.errors(SchemaTest.M.readTree(json))).isEmpty();
        Report back = ReportJson.read(json);
        assertThat(back.uncertainties()).isEqualTo(r.uncertainties());
        assertThat(back.applications().value(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON))
                .isEqualByComparingTo(r.applications().value(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON));
        assertThat(back.reviewLitigation().cell(ReviewGroup.REVIEW, ReviewColumn.TOTAL).isBlank()).isTrue();
        assertThat(ReportJson.toJson(back)).isEqualTo(json);
    }

    @Test
    void badEntriesAreErrorsNamingTheirPath() throws Exception {
        ObjectNode doc = (ObjectNode) SchemaTest.M.readTree(ReportJson.toJson(doubtful()));
        ObjectNode first = (ObjectNode) doc.get("uncertain").get(1);
        first.put("row", "no_such_row");
        assertThatThrownBy(() -> ReportJson.read(doc.toString())).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("/uncertain/1");
        first.put("row", "granted").putNull("column");
        assertThatThrownBy(() -> ReportJson.read(doc.toString())).hasMessageContaining("/uncertain/1");
        first.put("column", "natural_person").put("problem", "");
        assertThatThrownBy(() -> ReportJson.read(doc.toString())).hasMessageContaining("/uncertain/1/problem");
        first.put("problem", "row-long").put("extra", 1);
        assertThatThrownBy(() -> ReportJson.read(doc.toString())).hasMessageContaining("/uncertain/1/extra");
        JsonNode schemaErrors = SchemaTest.M.valueToTree(SchemaTest.errors(doc).size());
        assertThat(schemaErrors.asInt()).isPositive();
    }

    @Test
    void cellUncertaintyKeepsItsFirstCodeAndMarksNothingElse() {
        Cell c = Cell.read(BigDecimal.ONE, "1", SourceSpan.text(3, 4));
        Cell u = c.uncertain("row-long").uncertain("ambiguous-split");
        assertThat(u.uncertainty()).isEqualTo("row-long");
        assertThat(u.sameValue(c)).isTrue();
        assertThat(u.withSpan(null).isCertain()).isFalse();
        assertThat(u.certain()).isEqualTo(c);
        assertThat(Cell.MISSING.uncertain("row-long").isMissing()).isTrue();
    }
}
