package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row with more values than columns: the one reading whose sums hold is kept and reported, else none. */
class StrayValueTest {

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    private static ParseResult read(List<GridCell>... rows) throws Exception {
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(List.of(rows), null)), ParseContext.defaults(), "test");
    }

    private static List<String> values(Report r, ApplicationRow row) {
        List<String> out = new ArrayList<>();
        for (Applicant a : Applicant.all()) {
            Cell c = r.applications().cell(row, a);
            out.add(c == null || c.value() == null ? "-" : c.value().toPlainString());
        }
        return out;
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aStrayValueInsideTheRowIsDroppedWhenOnlyThatReadingAddsUp() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "1", "2", "0", "5", "0", "0", "0", "3"));
        assertThat(values(r.report(), ApplicationRow.NEW_RECEIVED)).containsExactly("1", "2", "0", "0", "0", "0", "3");
        assertThat(codes(r)).contains("row-long-resolved").doesNotContain("row-long");
        assertThat(r.problems().stream().filter(p -> p.code().equals("row-long-resolved")).findFirst().orElseThrow()
                .message()).contains("\"5\"");
    }

    @Test
    void aStrayValueAtTheEndIsDropped() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "4", "2", "0", "1", "0", "0", "7", "9"));
        assertThat(values(r.report(), ApplicationRow.NEW_RECEIVED)).containsExactly("4", "2", "0", "1", "0", "0", "7");
        assertThat(codes(r)).contains("row-long-resolved");
    }

    @Test
    void twoReadingsThatAddUpKeepTheValuesAsReadAndReportTheRow() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1", "1"));
        assertThat(values(r.report(), ApplicationRow.NEW_RECEIVED)).containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(codes(r)).contains("row-long").doesNotContain("row-long-resolved");
    }

    @Test
    void noReadingThatAddsUpKeepsTheFirstValuesAndReportsTheRow() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "7", "8"));
        assertThat(values(r.report(), ApplicationRow.NEW_RECEIVED)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(codes(r)).contains("row-long").doesNotContain("row-long-resolved");
    }

    @Test
    void blanksAreNeverZeroInTheCheck() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "—", "2", "0", "9", "0", "0", "0", "2"));
        assertThat(codes(r)).contains("row-long").doesNotContain("row-long-resolved");
    }

    @Test
    void theColumnSumsDecideBetweenTwoReadingsOfARow() throws Exception {
        // 四 alone reads as [1,0,0,0,0,0,1] or [0,0,0,0,0,1,1]; the balance of column 自然人 (1 + 0 = 0 + x) picks x = 1
        ParseResult r = read(
                row("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"),
                row("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"),
                row("（一）予以公开", "0", "0", "0", "0", "0", "0", "0"),
                row("（七）总计", "0", "0", "0", "0", "0", "0", "0"),
                row("四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1", "1"));
        assertThat(values(r.report(), ApplicationRow.CARRIED_FORWARD))
                .containsExactly("1", "0", "0", "0", "0", "0", "1");
        assertThat(codes(r)).contains("row-long-resolved");
    }

    @Test
    void aStrayValueAmongTheReviewNumbersIsDroppedWhenOnlyThatReadingAddsUp() throws Exception {
        ParseResult r = read(row("行政复议", "行政诉讼"),
                row("1", "0", "0", "0", "1", "0", "2", "0", "7", "0", "2", "0", "0", "0", "1", "1"));
        List<String> got = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                got.add(r.report().reviewLitigation().cell(g, c).value().toPlainString());
            }
        }
        assertThat(got).containsExactly("1", "0", "0", "0", "1", "0", "2", "0", "0", "2", "0", "0", "0", "1", "1");
        assertThat(codes(r)).contains("row-long-resolved");
    }

    @Test
    void emptySlotsOfAnUnmergedLabelAreLayoutWithoutAProblem() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申请数量", "", "", "—", "1", "0", "0", "0", "0", "1"));
        assertThat(values(r.report(), ApplicationRow.NEW_RECEIVED)).containsExactly("-", "1", "0", "0", "0", "0", "1");
        assertThat(codes(r)).doesNotContain("row-long", "row-long-resolved");
    }

    @Test
    void anEmptyCellThatMayHideAStrayValueIsReported() throws Exception {
        // 16 cells: the leading empty cell may be layout, or a real blank with the 2 as a stray page number
        ParseResult r = read(row("行政复议", "行政诉讼"),
                row("", "2", "0", "0", "0", "", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(codes(r)).contains("row-long");
    }

    @Test
    void anHonestRowWhoseBlanksAreWrittenWithAMarkerRaisesNoRowLong() throws Exception {
        // 16 cells, no stray: the leading empty cell is layout, the row's own blank is written "—"
        ParseResult r = read(row("行政复议", "行政诉讼"),
                row("", "1", "0", "0", "—", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(codes(r)).doesNotContain("row-long", "row-long-resolved");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.REVIEW, ReviewColumn.UPHELD).value())
                .isEqualByComparingTo("1");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.REVIEW, ReviewColumn.PENDING).isBlank()).isTrue();
    }

    @Test
    void aPageNumberInAHeaderRowOfTableFourIsNoNumbersRow() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph("四、政府信息公开行政复议、行政诉讼情况", null),
                Table.grid(List.of(
                        row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""),
                        row("", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", "7"),
                        row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果",
                                "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
                        row("1", "0", "0", "0", "1", "0", "0", "0", "2", "2", "0", "0", "0", "0", "0")), null)),
                ParseContext.defaults(), "test");
        assertThat(r.report().reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.UPHELD)).isEqualByComparingTo("1");
        assertThat(r.report().reviewLitigation().value(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL))
                .isEqualByComparingTo("2");
        assertThat(codes(r)).contains("value-in-header");
    }

    @Test
    void aStrayThatPushedAnEmptyCellPastTheEdgeLeavesTheRowUncertainNotBroken() throws Exception {
        // a sheet writes no cell for a blank: the stray 1 at the fifth slot pushed the row's last empty cell
        // out, the row keeps the table's fifteen slots and its first group reads 0+0+0+0 = 1
        ParseResult r = read(row("行政复议", "行政诉讼"),
                row("0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "", "", "", ""));
        assertThat(codes(r)).contains("row-edge");
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                assertThat(r.report().reviewLitigation().cell(g, c).uncertainty()).isEqualTo("row-edge");
            }
        }
    }

    @Test
    void aBrokenRowThatNoDroppedValueMendsIsReadAsWritten() throws Exception {
        // its sums break, it ends in empty cells, but no reading with a stray dropped adds up either
        ParseResult r = read(row("行政复议", "行政诉讼"),
                row("5", "6", "7", "8", "9", "1", "2", "3", "4", "10", "", "", "", "", ""));
        assertThat(codes(r)).doesNotContain("row-edge");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.REVIEW, ReviewColumn.TOTAL).isCertain()).isTrue();
        assertThat(r.report().reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.TOTAL)).isEqualByComparingTo("9");
    }
}
