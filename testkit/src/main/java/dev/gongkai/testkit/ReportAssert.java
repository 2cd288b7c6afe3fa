package dev.gongkai.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link Report}. Start with {@link GongkaiAssertions#assertThat(Report)}.
 *
 * <pre>{@code
 * assertThat(parsed).hasSameContentAs(generated);          // lists every differing cell
 * assertThat(parsed).hasCell(ApplicationRow.GRANTED, Applicant.TOTAL, 16)
 *                   .hasBlankCell(ActiveRow.ADMINISTRATIVE_FEES, ActiveColumn.AMOUNT);
 * }</pre>
 *
 * @since 0.1
 */
public final class ReportAssert extends AbstractObjectAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** Same content (metadata, sections, every cell value) as the expected report; the message lists each difference. */
    public ReportAssert hasSameContentAs(Report expected) {
        return same(expected, true);
    }

    /** Same content apart from the sections' text. */
    public ReportAssert hasSameTablesAndMetadataAs(Report expected) {
        return same(expected, false);
    }

    /**
     * Matches a golden canonical JSON ({@code gongkai.report/1}, e.g. {@code expected/NNN.json}): every
     * field except {@code sections}, numbers compared as exact decimals ({@code 6753} equals
     * {@code 6753.0}), and the report's own canonical JSON has exactly the golden's keys.
     */
    public ReportAssert matchesGolden(String expectedJson) {
        isNotNull();
        Report expected;
        try {
            expected = ReportJson.read(expectedJson);
        } catch (java.io.IOException e) {
            throw new AssertionError("the golden JSON is not gongkai.report/1: " + e.getMessage(), e);
        }
        same(expected, false);
        try {
            JsonNode want = Golden.withoutSections(Golden.MAPPER.readTree(expectedJson));
            JsonNode got = Golden.withoutSections(Golden.MAPPER.readTree(ReportJson.toJson(actual)));
            if (!want.equals(got)) {
                failWithMessage("Expected the canonical JSON (less sections) to equal the golden:%n  expected %s%n  but was  %s",
                        want, got);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    private ReportAssert same(Report expected, boolean sections) {
        isNotNull();
        List<String> diff = ReportDiff.between(expected, actual, sections);
        if (!diff.isEmpty()) {
            failWithMessage("Expected the report to have the same content, but %d value(s) differ:%n  %s",
                    diff.size(), String.join(System.lineSeparator() + "  ", diff));
        }
        return this;
    }

    public ReportAssert hasCell(ApplicationRow row, Applicant column, long value) {
        return cell("applications/" + row.code() + "/" + column.code(), actual.applications().cell(row, column), BigDecimal.valueOf(value));
    }

    public ReportAssert hasCell(ActiveRow row, ActiveColumn column, BigDecimal value) {
        return cell("active_disclosure/" + row.code() + "/" + column.code(), actual.activeDisclosure().cell(row, column), value);
    }

    public ReportAssert hasCell(ActiveRow row, ActiveColumn column, long value) {
        return hasCell(row, column, BigDecimal.valueOf(value));
    }

    public ReportAssert hasCell(ReviewGroup group, ReviewColumn column, long value) {
        return cell("review_litigation/" + group.code() + "/" + column.code(), actual.reviewLitigation().cell(group, column), BigDecimal.valueOf(value));
    }

    public ReportAssert hasBlankCell(ApplicationRow row, Applicant column) {
        return blank("applications/" + row.code() + "/" + column.code(), actual.applications().cell(row, column));
    }

    public ReportAssert hasBlankCell(ActiveRow row, ActiveColumn column) {
        return blank("active_disclosure/" + row.code() + "/" + column.code(), actual.activeDisclosure().cell(row, column));
    }

    public ReportAssert hasBlankCell(ReviewGroup group, ReviewColumn column) {
        return blank("review_litigation/" + group.code() + "/" + column.code(), actual.reviewLitigation().cell(group, column));
    }

    private ReportAssert cell(String where, Cell c, BigDecimal value) {
        isNotNull();
        if (c.value() == null || c.value().compareTo(value) != 0) {
            failWithMessage("Expected %s to be %s but was %s", where, value.toPlainString(), c);
        }
        return this;
    }

    private ReportAssert blank(String where, Cell c) {
        isNotNull();
        if (c.value() != null) {
            failWithMessage("Expected %s to be blank but was %s", where, c);
        }
        return this;
    }

    public ReportAssert hasYear(Integer year) {
        isNotNull();
        if (!java.util.Objects.equals(actual.year(), year)) {
            failWithMessage("Expected year %s but was %s", year, actual.year());
        }
        return this;
    }

    public ReportAssert hasOrgan(String organ) {
        isNotNull();
        if (!java.util.Objects.equals(actual.organ(), organ)) {
            failWithMessage("Expected organ %s but was %s", organ, actual.organ());
        }
        return this;
    }
}
