package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables whose label and header cells are not merged: the slots a merged cell would cover are empty
 * or repeat its text, in any mix. Values stay in their columns.
 */
class UnmergedGridTest {

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    private static Report read(List<List<GridCell>> rows) throws Exception {
        List<List<GridCell>> all = new ArrayList<>();
        all.add(row("", "", "", "申请人情况", "申请人情况", "", "", "", "", ""));
        all.add(row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        all.add(row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        all.addAll(rows);
        ParseResult r = TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(all, null)), ParseContext.defaults(), "test");
        return r.report();
    }

    private static List<String> values(Report r, ApplicationRow row) {
        List<String> out = new ArrayList<>();
        for (Applicant a : Applicant.all()) {
            Cell c = r.applications().cell(row, a);
            out.add(c == null ? "missing" : c.value() == null ? "blank:" + c.raw() : c.value().toPlainString());
        }
        return out;
    }

    @Test
    void anEmptySlotBetweenALabelAndItsRepeatIsNoValue() throws Exception {
        Report r = read(List.of(
                row("一、本年新收政府信息公开申请数量", "", "一、本年新收政府信息公开申请数量", "1", "2", "0", "0", "0", "0", "3"),
                row("二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "", "0", "1", "0", "0", "0", "0", "1")));
        assertThat(values(r, ApplicationRow.NEW_RECEIVED)).containsExactly("1", "2", "0", "0", "0", "0", "3");
        assertThat(values(r, ApplicationRow.CARRIED_OVER)).containsExactly("0", "1", "0", "0", "0", "0", "1");
    }

    @Test
    void emptyLabelSlotsBeforeValuesAreNotValuesWhenTheLastCellIsBlank() throws Exception {
        Report r = read(List.of(
                row("一、本年新收政府信息公开申请数量", "", "", "1", "2", "0", "0", "0", "0", "—"),
                row("二、上年结转政府信息公开申请数量", "", "", "", "1", "0", "0", "0", "0", "")));
        assertThat(values(r, ApplicationRow.NEW_RECEIVED)).containsExactly("1", "2", "0", "0", "0", "0", "blank:—");
        assertThat(values(r, ApplicationRow.CARRIED_OVER))
                .containsExactly("blank:", "1", "0", "0", "0", "0", "blank:");
    }
}
