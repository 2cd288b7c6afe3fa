package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.model.Uncertainty;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A grid table 三 that lacks a row of the template altogether (its label lost or misspelt beyond
 * matching) says so as a glued dump does: {@code row-not-found} names the row, and its cells are missing
 * and uncertain — not blank, not silently absent — while every other row keeps its own values.
 */
class AbsentGridRowTest {

    /** Each row's values; the sums hold (新收 = 办理 = 3, 结转 0). */
    private static final Map<ApplicationRow, String> VALUES = Map.of(
            ApplicationRow.NEW_RECEIVED, "1 1 1 0 0 0 3",
            ApplicationRow.GRANTED, "1 0 0 0 0 0 1",
            ApplicationRow.NOT_PROCESSED_COMPLAINT, "0 1 0 0 0 0 1",
            ApplicationRow.NOT_PROCESSED_PUBLICATION, "0 0 1 0 0 0 1",
            ApplicationRow.TOTAL_HANDLED, "1 1 1 0 0 0 3");

    private static ParseResult read(ApplicationRow left) throws Exception {
        return read(left, List.of());
    }

    private static ParseResult read(ApplicationRow left, List<Block> after) throws Exception {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(cells("", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"));
        String group = null;
        for (ApplicationRow r : ApplicationRow.rows(Edition.E2021, false)) {
            if (r == left) {
                continue;
            }
            List<GridCell> row = new ArrayList<>();
            String label = r.group() == null ? r.label() : r.group();
            row.add(new GridCell(label, null, label.equals(group)));
            row.add(r.group() == null ? new GridCell(label, null, true) : GridCell.of(r.label(), null));
            group = label;
            for (String v : VALUES.getOrDefault(r, "0 0 0 0 0 0 0").split(" ")) {
                row.add(GridCell.of(v, null));
            }
            rows.add(row);
        }
        List<Block> blocks = new ArrayList<>(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(rows, null)));
        blocks.addAll(after);
        return TemplateInterpreter.interpret(blocks, ParseContext.defaults(), "test");
    }

    private static List<GridCell> cells(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    /**
     * The report's uncertainties but those of rows wholly absent from its tables: for tests of a grid
     * of a row or two, whose other rows are all {@code row-not-found}.
     */
    static List<Uncertainty> ofRowsHeld(Report r) {
        return r.uncertainties().stream().filter(u -> !u.problem().equals("row-not-found")).toList();
    }

    private static List<String> values(Report r, ApplicationRow row) {
        return Applicant.all().stream().map(a -> r.applications().cell(row, a).value())
                .map(v -> v == null ? "null" : v.toPlainString()).toList();
    }

    @Test
    void theWholeTableIsReadCertainAndNoRowIsSaidMissing() throws Exception {
        ParseResult r = read(null);
        assertThat(r.problems()).noneMatch(p -> p.code().equals("row-not-found"));
        assertThat(r.report().uncertainties()).isEmpty();
        assertThat(values(r.report(), ApplicationRow.NOT_PROCESSED_DUPLICATE)).containsOnly("0");
    }

    @Test
    void aLastRowWhoseEmptyCellsWereCutOffAsAParagraphIsThereNotAbsent() throws Exception {
        // a sheet's last row with only its label written: cut as a paragraph after the table
        ParseResult r = read(ApplicationRow.CARRIED_FORWARD, List.of(new Paragraph("四、结转下年度继续办理", null)));
        assertThat(r.problems()).noneMatch(p -> p.code().equals("row-not-found"));
        assertThat(r.report().applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL).isCertain()).isTrue();
        assertThat(read(ApplicationRow.CARRIED_FORWARD).problems()).anyMatch(p -> p.code().equals("row-not-found"));
    }

    @Test
    void aRowAbsentFromTheGridIsMissingAndSaidTheOthersUnshifted() throws Exception {
        ParseResult r = read(ApplicationRow.NOT_PROCESSED_DUPLICATE);
        Report report = r.report();
        for (Applicant a : Applicant.all()) {
            Cell c = report.applications().cell(ApplicationRow.NOT_PROCESSED_DUPLICATE, a);
            assertThat(c.value()).as(a.code()).isNull();
            assertThat(c.raw()).as(a.code() + ": missing, not a written blank").isNull();
            assertThat(c.uncertainty()).as(a.code()).isEqualTo("row-not-found");
        }
        assertThat(r.problems()).filteredOn(p -> p.code().equals("row-not-found")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("applications/not_processed.duplicate:"));
        assertThat(report.uncertainties()).hasSize(Applicant.all().size())
                .allMatch(u -> u.table() == TableId.APPLICATIONS && u.row() == ApplicationRow.NOT_PROCESSED_DUPLICATE)
                .extracting(Uncertainty::problem).containsOnly("row-not-found");
        for (Map.Entry<ApplicationRow, String> e : VALUES.entrySet()) {
            assertThat(String.join(" ", values(report, e.getKey()))).as(e.getKey().code()).isEqualTo(e.getValue());
            assertThat(Applicant.all()).as(e.getKey().code())
                    .allMatch(a -> report.applications().cell(e.getKey(), a).isCertain());
        }
        assertThat(values(report, ApplicationRow.NOT_PROCESSED_EXCESSIVE)).containsOnly("0");
    }
}
