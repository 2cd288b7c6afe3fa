package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.NoTemplateException;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glued tables (cells run together in running text) through the interpreter and its arithmetic. */
class GluedTableTest {

    /** Cells at made-up columns of line 1, so the spans of split cells can be checked. */
    private static List<GridCell> cells(String... texts) {
        List<GridCell> out = new ArrayList<>();
        int col = 1;
        for (String t : texts) {
            out.add(GridCell.of(t, SourceSpan.text(1, col)));
            col += t.length();
        }
        return out;
    }

    private static ParseResult interpret(String heading, List<GridCell> cells) throws NoTemplateException {
        return TemplateInterpreter.interpret(List.of(new Paragraph("XX县2023年政府信息公开工作年度报告", null),
                new Paragraph(heading, null), Table.glued(cells, null)), ParseContext.defaults(), "test");
    }

    private static final String APPS = "三、收到和处理政府信息公开申请情况";

    @Test
    void gluedApplicationRowsAreSplitByTheTableArithmeticKeepingRawTextAndPosition() throws Exception {
        ParseResult r = interpret(APPS, cells("申请人情况自然人总计", "一、本年新收政府信息公开申请数量", "８１００００９",
                "二、上年结转政府信息公开申请数量", "1000001", "（一）予以公开", "9000009", "四、结转下年度继续办理", "1000001"));
        Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
        assertThat(c.value()).isEqualByComparingTo("9");
        assertThat(c.raw()).isEqualTo("９");
        int labelEnd = 1 + "申请人情况自然人总计".length() + "一、本年新收政府信息公开申请数量".length();
        assertThat(c.span()).isEqualTo(SourceSpan.text(1, labelEnd + 6));
        assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).raw())
                .isEqualTo("８");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
    }

    @Test
    void aRowThatSplitsSeveralWaysIsReportedAndLeftMissing() throws Exception {
        ParseResult r = interpret(APPS, cells("（一）予以公开", "110000112"));
        // 11 0 0 0 0 1 12 or 1 10 0 0 0 1 12 …: the cells that differ are uncertain slots
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON))
                .isEqualTo(Cell.MISSING.uncertain("ambiguous-split"));
        // every split that fits gives 总计 12: it is read, and certain
        Cell total = r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL);
        assertThat(total.value()).isEqualByComparingTo("12");
        assertThat(total.isCertain()).isTrue();
        assertThat(r.problems()).extracting(Problem::code).contains("ambiguous-split");
    }

    @Test
    void whenTheDumpLostCellsNoOtherRowIsKept() throws Exception {
        // 200002 cannot be seven cells: some cell was blank and left no trace, so 8100009 is not trusted
        ParseResult r = interpret(APPS, cells("一、本年新收政府信息公开申请数量", "8100009", "二、上年结转政府信息公开申请数量", "200002"));
        assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL))
                .isEqualTo(Cell.MISSING.uncertain("split-cells-lost"));
        assertThat(r.problems()).extracting(Problem::code).contains("split-impossible", "split-cells-lost");
    }

    @Test
    void aRowWhoseCellsStandApartIsKeptEvenWhenTheDumpLostCells() throws Exception {
        // seven tokens for seven columns: no blank of this row can have vanished, each token is a cell
        ParseResult r = interpret(APPS, cells("一、本年新收政府信息公开申请数量", "8", "1", "0", "0", "0", "0", "9",
                "二、上年结转政府信息公开申请数量", "200002"));
        Cell total = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
        assertThat(total.value()).isEqualByComparingTo("9");
        assertThat(total.isCertain()).isTrue();
        assertThat(r.report().applications().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL))
                .isEqualTo(Cell.MISSING.uncertain("split-impossible"));
    }

    @Test
    void numbersOfATableSectionWithNoRowLabelMakeTheTableUnmappedNotMissing() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph("XX县2023年政府信息公开工作年度报告", null),
                new Paragraph("二、主动公开政府信息情况", null), Table.glued(cells("000", "8777", "2811"), null),
                new Paragraph(APPS, null), Table.glued(cells("（一）予以公开", "8100009"), null)),
                ParseContext.defaults(), "test");
        assertThat(r.report().structure().tablesFound()).doesNotContain(TableId.ACTIVE_DISCLOSURE);
        assertThat(r.report().structure().tablesUnmapped()).containsEntry(TableId.ACTIVE_DISCLOSURE, "row-not-found");
        assertThat(r.report().structure().tablesUnmapped()).doesNotContainKey(TableId.APPLICATIONS);
        assertThat(r.problems()).anyMatch(p -> p.code().equals("row-not-found") && p.message().startsWith("active_disclosure:"));
    }

    @Test
    void aRowLabelWithoutValuesIsReported() throws Exception {
        ParseResult r = interpret(APPS, cells("（一）予以公开", "（二）部分公开", "0000000"));
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("row-no-values");
            assertThat(p.message()).contains("granted");
        });
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL))
                .isEqualTo(Cell.MISSING.uncertain("row-no-values"));
    }

    @Test
    void tableTwoRowsWithoutArithmeticAreKeptOnlyWhenNoBlankCouldHideInThem() throws Exception {
        ParseResult r = interpret("二、主动公开政府信息情况", cells("信息内容本年制发件数本年废止件数现行有效件数", "规章", "000",
                "行政规范性文件", "228", "行政许可", "8777"));
        assertThat(r.report().activeDisclosure().cell(ActiveRow.RULES, ActiveColumn.ISSUED).value()).isEqualByComparingTo("0");
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("8777");
        // 2, 2, 8 — or blank, 2, 28, or 22, blank, 8: not guessed
        assertThat(r.report().activeDisclosure().cell(ActiveRow.NORMATIVE_DOCUMENTS, ActiveColumn.ISSUED))
                .isEqualTo(Cell.MISSING.uncertain("ambiguous-split"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("normative_documents", "no trace"));
    }

    @Test
    void tableFourNumbersFollowItsHeaders() throws Exception {
        ParseResult r = interpret("四、政府信息公开行政复议、行政诉讼情况",
                cells("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉", "000000001100000"));
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL).value())
                .isEqualByComparingTo("1");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.PENDING).value())
                .isEqualByComparingTo("1");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aShortRowOfAnOrdinaryTableWhoseNumbersRanTogetherIsSplitByItsSum() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph(APPS, null),
                Table.stream(cells("（一）予以公开", "8", "100009", "（二）部分公开", "1", "0", "0", "0", "0", "0"), null)),
                ParseContext.defaults().withFileName("x"), "test");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.NATURAL_PERSON).value())
                .isEqualByComparingTo("8");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.COMMERCIAL_ENTERPRISE).value())
                .isEqualByComparingTo("1");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
        assertThat(r.problems()).extracting(Problem::code).contains("row-split");
        // six values that hold no run of several numbers stay as read, reported short
        assertThat(r.report().applications().cell(ApplicationRow.PARTIALLY_GRANTED, Applicant.NATURAL_PERSON).value())
                .isEqualByComparingTo("1");
        assertThat(r.report().applications().cell(ApplicationRow.PARTIALLY_GRANTED, Applicant.NATURAL_PERSON).uncertainty())
                .as("a short row of a stream: where its blanks stood is unknown").isEqualTo("row-short");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).uncertainty())
                .as("in a stream the row may be short for a blank that left no trace").isEqualTo("row-split");
        assertThat(r.report().applications().cell(ApplicationRow.PARTIALLY_GRANTED, Applicant.TOTAL)).isEqualTo(Cell.MISSING.uncertain("row-short"));
    }
}
