package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Cell;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grid cell among a row's values that holds text which is no number, no blank and no label
 * ({@code value-unreadable}): its slot is a missing value, uncertain, never a certain blank, and the
 * values after it keep their columns; among values recognised from an image it takes the row's certainty.
 */
class ValueUnreadableTest {

    private static GridCell text(String t) {
        return GridCell.of(t, null);
    }

    private static GridCell recognised(String digits) {
        return GridCell.of(digits, null).uncertain(Recognition.UNCHECKED);
    }

    /** Table 二 of 2019 with its first rows whole, and the given rows after them. */
    private static ParseResult read(List<List<GridCell>> rows) throws Exception {
        List<List<GridCell>> all = new ArrayList<>();
        all.add(List.of(text("信息内容"), text("本年新制作数量"), text("本年新公开数量"), text("对外公开总数量")));
        all.add(List.of(text("规章"), text("1"), text("2"), text("3")));
        all.addAll(rows);
        return TemplateInterpreter.interpret(List.of(new Paragraph("某市人民政府2019年政府信息公开工作年度报告", null),
                new Paragraph("二、主动公开政府信息情况", null), Table.grid(all, null)), ParseContext.defaults(), "test");
    }

    private static Cell cell(ParseResult r, ActiveRow row, ActiveColumn c) {
        return r.report().activeDisclosure().cell(row, c);
    }

    @Test
    void aRemarkInPlaceOfANumberIsMissingAndUncertainAndTheNextValueKeepsItsColumn() throws Exception {
        ParseResult r = read(List.of(List.of(text("行政许可"), text("12"), text("见附件"), text("7"))));
        Cell middle = cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.CHANGE);
        assertThat(middle.value()).isNull();
        assertThat(middle.uncertainty()).isEqualTo("value-unreadable");
        assertThat(cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.PREVIOUS_YEAR_ITEMS).value()).isEqualByComparingTo("12");
        Cell decisions = cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS);
        assertThat(decisions.value()).isEqualByComparingTo("7");
        assertThat(decisions.isCertain()).as("born-digital: the grid places it").isTrue();
        assertThat(r.problems()).anyMatch(p -> p.code().equals("value-unreadable") && p.message().contains("见附件"));
    }

    @Test
    void aRemarkStraightAfterTheLabelTakesTheFirstSlot() throws Exception {
        ParseResult r = read(List.of(List.of(text("行政许可"), text("见附件"), text("0"), text("7"))));
        Cell first = cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.PREVIOUS_YEAR_ITEMS);
        assertThat(first.value()).isNull();
        assertThat(first.uncertainty()).isEqualTo("value-unreadable");
        assertThat(cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.CHANGE).value()).isEqualByComparingTo("0");
        assertThat(cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS).value()).isEqualByComparingTo("7");
    }

    @Test
    void aRemarkAfterARowsValuesIsNotTaken() throws Exception {
        ParseResult r = read(List.of(List.of(text("行政许可"), text("12"), text("0"), text("7"), text("含网上办理"))));
        for (ActiveColumn c : List.of(ActiveColumn.PREVIOUS_YEAR_ITEMS, ActiveColumn.CHANGE, ActiveColumn.DECISIONS)) {
            assertThat(cell(r, ActiveRow.ADMINISTRATIVE_LICENSING, c).isCertain()).as(c.code()).isTrue();
        }
        assertThat(r.problems()).noneMatch(p -> p.code().equals("value-unreadable"));
    }

    @Test
    void digitsTakenForACharacterInARecognisedRowAreNeverACertainBlank() throws Exception {
        // 12 read as 工2, the amount's cell holds ink nothing was recognised in
        ParseResult r = read(List.of(List.of(text("政府集中采购"), text("工2"),
                GridCell.of("", null).uncertain(Recognition.UNREADABLE))));
        for (ActiveColumn c : ActiveRow.CENTRALIZED_PROCUREMENT.columns(dev.gongkai.model.Edition.E2019)) {
            Cell read = cell(r, ActiveRow.CENTRALIZED_PROCUREMENT, c);
            assertThat(read.isCertain()).as(c.code()).isFalse();
            assertThat(read.value()).as(c.code()).isNull();
        }
    }

    @Test
    void textAmongRecognisedValuesDropsNoValueAndMakesNoneCertain() throws Exception {
        // a line found twice (empty slots between the values) and 21 taken for 吧计: the row ended at the
        // text and 439 was dropped, its slots read as certain blanks
        ParseResult r = read(List.of(List.of(text("行政强制"), text(""), recognised("0"), text(""), text("吧计"), text(""),
                recognised("439"))));
        for (ActiveColumn c : ActiveRow.ADMINISTRATIVE_COERCION.columns(dev.gongkai.model.Edition.E2019)) {
            assertThat(cell(r, ActiveRow.ADMINISTRATIVE_COERCION, c).isCertain()).as(c.code()).isFalse();
        }
    }
}
