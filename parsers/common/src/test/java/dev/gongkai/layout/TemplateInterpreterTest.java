package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.NoTemplateException;
import dev.gongkai.layout.internal.Label;
import dev.gongkai.layout.internal.LabelCatalog;
import dev.gongkai.layout.internal.ValueReader;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateInterpreterTest {

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    private static ParseResult interpret(Block... blocks) throws NoTemplateException {
        return TemplateInterpreter.interpret(List.of(blocks), ParseContext.defaults(), "test");
    }

    @Test
    void labelsMatchWholeCellsWithVariantsAndTypos() {
        LabelCatalog c = LabelCatalog.get();
        assertThat(c.match("规范性文件").active()).isEqualTo(ActiveRow.NORMATIVE_DOCUMENTS);
        assertThat(c.match("行政规范性文件").active()).isEqualTo(ActiveRow.NORMATIVE_DOCUMENTS);
        assertThat(c.match("规    章").active()).isEqualTo(ActiveRow.RULES);
        assertThat(c.match("行政处罚").active()).isEqualTo(ActiveRow.ADMINISTRATIVE_PENALTY);
        assertThat(c.match("1.信访投诉举报类申请").application()).isEqualTo(ApplicationRow.NOT_PROCESSED_COMPLAINT);
        assertThat(c.match("2.其他法律行政止公开").application()).isEqualTo(ApplicationRow.DENIED_PROHIBITED_BY_LAW);
        assertThat(c.match("(二)部分公开(区分处理的,只记这一情形,不记其他情形)").application())
                .isEqualTo(ApplicationRow.PARTIALLY_GRANTED);
        assertThat(c.match("（七）合计").application()).isEqualTo(ApplicationRow.TOTAL_HANDLED);
        assertThat(c.match("结果维护").kind()).isEqualTo(Label.Kind.REVIEW_HEADER);
        assertThat(c.match("其他")).as("the applicant column header is no row").isNull();
        assertThat(c.match("总计")).isNull();
        assertThat(c.match("3.其他").application()).isEqualTo(ApplicationRow.OTHER_OTHER);
        assertThat(c.match("行政规范性文件的清理情况说明")).isNull();
    }

    @Test
    void valuesAreExactAndBlanksAreNeverZero() {
        assertThat(ValueReader.read("251000元", null).value()).isEqualByComparingTo("251000");
        assertThat(ValueReader.read("251000元", null).raw()).isEqualTo("251000元");
        assertThat(ValueReader.read("１２,３４５", null).value()).isEqualByComparingTo("12345");
        assertThat(ValueReader.read(" 0", null).value()).isEqualByComparingTo("0");
        assertThat(ValueReader.read("-18", null).value()).isEqualByComparingTo("-18");
        assertThat(ValueReader.read("3.5", null).value()).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(ValueReader.read("6858.05万元", null).value()).isEqualByComparingTo("6858.05");
        for (String blank : List.of("—", "/", "-", "无", "", "——")) {
            Cell cell = ValueReader.read(blank, null);
            assertThat(cell.value()).as(blank).isNull();
            assertThat(cell.raw()).as(blank).isEqualTo(blank);
        }
        assertThat(ValueReader.read("1,23", null)).isNull();
        assertThat(ValueReader.read("规章", null)).isNull();
    }

    @Test
    void aShortRowKeepsItsValuesLeftAndIsReported() throws Exception {
        ParseResult r = interpret(Table.grid(List.of(
                row("一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5"),
                row("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0")), null));
        Report report = r.report();
        assertThat(report.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.LEGAL_SERVICE_ORG))
                .isEqualByComparingTo("5");
        assertThat(report.applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.OTHER_ORG).isMissing()).isTrue();
        assertThat(report.applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).isMissing()).isTrue();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("new_received"));
    }

    @Test
    void emptyGridCellsAfterALabelAreBlanksAndMergedSlotsAreSkipped() throws Exception {
        List<GridCell> r1 = row("三、本年度办理结果", "（一）予以公开", "4", "", "0", "0", "0", "0", "4");
        List<GridCell> r2 = new ArrayList<>(List.of(new GridCell("三、本年度办理结果", null, true)));
        r2.addAll(row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1", "0", "0", "0", "0", "0", "1"));
        Report report = interpret(Table.grid(List.of(r1, r2), null)).report();
        Cell blank = report.applications().cell(ApplicationRow.GRANTED, Applicant.COMMERCIAL_ENTERPRISE);
        assertThat(blank.value()).isNull();
        assertThat(blank.isMissing()).isFalse();
        assertThat(report.applications().value(ApplicationRow.GRANTED, Applicant.TOTAL)).isEqualByComparingTo("4");
        assertThat(report.applications().value(ApplicationRow.PARTIALLY_GRANTED, Applicant.TOTAL))
                .isEqualByComparingTo("1");
    }

    @Test
    void theCollapsedOtherRowOfA2021ReportIsRecorded() throws Exception {
        ParseResult r = interpret(new Paragraph("某县2023年政府信息公开工作年度报告", null),
                Table.stream(row("本年制发件数", "（六）其他处理", "2", "0", "0", "0", "0", "0", "2",
                        "（七）总计", "2", "0", "0", "0", "0", "0", "2"), null));
        Report report = r.report();
        assertThat(report.edition()).isEqualTo(Edition.E2021);
        assertThat(report.otherCollapsed()).isTrue();
        assertThat(report.applications().value(ApplicationRow.OTHER, Applicant.TOTAL)).isEqualByComparingTo("2");
        assertThat(report.structure().templateDeviations()).hasSize(1);
    }

    @Test
    void theEditionComesFromTheTablesLabels() throws Exception {
        Report report = interpret(Table.grid(List.of(row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                row("行政许可", "2648", "-18", "538")), null)).report();
        assertThat(report.edition()).isEqualTo(Edition.E2019);
        assertThat(report.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.CHANGE))
                .isEqualByComparingTo("-18");
    }

    @Test
    void labelsAndNumbersOnSeparateGridRowsStillPair() throws Exception {
        Report report = interpret(Table.grid(List.of(row("行政许可"), row("28329"), row("行政处罚"), row("5772")),
                null)).report();
        assertThat(report.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS))
                .isEqualByComparingTo("28329");
        assertThat(report.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.DECISIONS))
                .isEqualByComparingTo("5772");
    }

    @Test
    void nothingOfTheTemplateIsATypedError() {
        assertThatThrownBy(() -> interpret(new Paragraph("今天天气很好。", null),
                Table.grid(List.of(row("a", "1")), null))).isInstanceOf(NoTemplateException.class);
    }
}
