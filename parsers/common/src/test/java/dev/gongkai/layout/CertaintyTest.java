package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which cells the interpreter vouches for: a value it had to realign or choose is marked uncertain with
 * the problem's code; a value read from a clean cell, or kept as the only reading whose sums hold, is
 * certain.
 */
class CertaintyTest {

    private static final String NEW = "一、本年新收政府信息公开申请数量";
    private static final String HEADING = "三、收到和处理政府信息公开申请情况";

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    private static ParseResult grid(List<GridCell>... rows) throws Exception {
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(List.of(rows), null)), ParseContext.defaults(), "test");
    }

    private static ParseResult stream(String... cells) throws Exception {
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.stream(row(cells), null)), ParseContext.defaults(), "test");
    }

    private static List<String> doubts(Report r, ApplicationRow row) {
        List<String> out = new ArrayList<>();
        for (Applicant a : Applicant.all()) {
            out.add(r.applications().cell(row, a).uncertainty());
        }
        return out;
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aCleanRowIsCertain() throws Exception {
        ParseResult r = grid(row(NEW, "4", "2", "0", "1", "0", "0", "7"));
        assertThat(AbsentGridRowTest.ofRowsHeld(r.report())).isEmpty();
    }

    @Test
    void aShortGridRowKeepsItsCellsFromTheLeftEdgeCertainAndTheRestPlainlyMissing() throws Exception {
        // seed 002's rows: five cells under seven columns, the document's own row
        ParseResult r = grid(row("（一）予以公开", "0", "0", "0", "0", "0"));
        assertThat(codes(r)).contains("row-short");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON))
                .isEqualTo(Cell.read(java.math.BigDecimal.ZERO, "0", null));
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL)).isEqualTo(Cell.MISSING);
        assertThat(AbsentGridRowTest.ofRowsHeld(r.report())).isEmpty();
    }

    @Test
    void aShortStreamRowIsUncertainForItsBlanksMayHaveLeftNoTrace() throws Exception {
        ParseResult r = stream("（一）予以公开", "3", "1", "4", "（二）部分公开", "0", "0", "0", "0", "0", "0", "0");
        assertThat(doubts(r.report(), ApplicationRow.GRANTED)).containsOnly("row-short");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL))
                .isEqualTo(Cell.MISSING.uncertain("row-short"));
        assertThat(doubts(r.report(), ApplicationRow.PARTIALLY_GRANTED)).containsOnlyNulls();
    }

    @Test
    void numbersRunTogetherInAGridCellSplitByTheRowsOwnSumAreCertain() throws Exception {
        ParseResult r = grid(row("（一）予以公开", "8", "100009"));
        assertThat(codes(r)).contains("row-split");
        assertThat(r.report().applications().value(ApplicationRow.GRANTED, Applicant.TOTAL)).isEqualByComparingTo("9");
        assertThat(doubts(r.report(), ApplicationRow.GRANTED)).containsOnlyNulls();
    }

    @Test
    void aStrayDroppedAsTheOnlyReadingWhoseSumsHoldIsCertain() throws Exception {
        ParseResult r = grid(row(NEW, "1", "2", "0", "5", "0", "0", "0", "3"));
        assertThat(codes(r)).contains("row-long-resolved");
        assertThat(doubts(r.report(), ApplicationRow.NEW_RECEIVED)).containsOnlyNulls();
    }

    @Test
    void aLongRowTheSumsDoNotDecideIsUncertain() throws Exception {
        ParseResult r = grid(row(NEW, "1", "0", "0", "0", "0", "0", "1", "1"));
        assertThat(codes(r)).contains("row-long");
        assertThat(doubts(r.report(), ApplicationRow.NEW_RECEIVED)).containsOnly("row-long");
    }

    @Test
    void aGridRowAsWideAsTheOthersWhoseSumsBreakIsTheReportsOwnError() throws Exception {
        // an unmerged label's two empty slots, then seven values whose total is wrong: the row as written
        ParseResult r = grid(row(NEW, "", "", "4", "2", "0", "1", "0", "0", "9"),
                row("二、上年结转政府信息公开申请数量", "", "", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(doubts(r.report(), ApplicationRow.NEW_RECEIVED)).containsOnlyNulls();
        assertThat(r.report().applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)).isEqualByComparingTo("9");
    }

    @Test
    void aRowLabelMatchedWithATypoMakesItsValuesUncertain() throws Exception {
        ParseResult r = grid(row("2.其他法律行政法规禁止公布", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(codes(r)).contains("label-approximate");
        assertThat(doubts(r.report(), ApplicationRow.DENIED_PROHIBITED_BY_LAW)).containsOnly("label-approximate");
    }

    @Test
    void aLabelCutByALineBreakIsNoTypo() throws Exception {
        ParseResult r = stream("5.要求行政机关确认或重新出具已获取", "0", "0", "0", "0", "0", "0", "0");
        assertThat(codes(r)).doesNotContain("label-approximate");
        assertThat(doubts(r.report(), ApplicationRow.NOT_PROCESSED_CONFIRMATION)).containsOnlyNulls();
    }

    @Test
    void aPageMarkAmongARowsCellsIsSkippedAndTheSumsSayWhetherItTookACellsPlace() throws Exception {
        ParseResult held = grid(row(NEW, "4", "2", "— 5 —", "0", "1", "0", "0", "7"));
        assertThat(codes(held)).contains("stray-text");
        assertThat(doubts(held.report(), ApplicationRow.NEW_RECEIVED)).containsOnlyNulls();
        assertThat(held.report().applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL))
                .isEqualByComparingTo("7");
        ParseResult open = grid(row(NEW, "4", "2", "- 5 -", "—", "1", "0", "0", "7"));
        assertThat(doubts(open.report(), ApplicationRow.NEW_RECEIVED)).containsOnly("stray-text");
    }

    @Test
    void rowsStackedBeforeTheirNumbersThatCannotBePlacedAreMissingAndUncertain() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph(HEADING, null),
                Table.stream(row("（一）予以公开", "（二）部分公开", "1", "0", "0", "0", "0", "0", "1", "2", "0"), null)),
                ParseContext.defaults(), "test");
        assertThat(codes(r)).contains("rows-stacked");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON))
                .isEqualTo(Cell.MISSING.uncertain("rows-stacked"));
    }

    @Test
    void aTableHeldUnderItsHeadingButNotMappedIsRecordedAsSuch() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                new Paragraph(HEADING, null),
                Table.grid(List.of(row("甲项", "3", "1", "2"), row("乙项", "0", "5", "5")), null)),
                ParseContext.defaults(), "test");
        assertThat(r.report().structure().tablesUnmapped()).containsOnlyKeys(TableId.APPLICATIONS);
        assertThat(r.report().structure().tablesFound()).doesNotContain(TableId.APPLICATIONS);
        assertThat(codes(r)).contains("table-unmapped");
    }

    @Test
    void aSectionWithoutNumbersHoldsNoTable() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                new Paragraph(HEADING, null), new Paragraph("本年度未收到政府信息公开申请。", null)),
                ParseContext.defaults(), "test");
        assertThat(r.report().structure().tablesUnmapped()).isEmpty();
    }
}
