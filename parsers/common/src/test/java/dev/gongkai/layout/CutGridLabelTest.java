package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grid row whose label lost its last words at the cell's edge (a LibreOffice PDF wraps a long label and
 * the tail lands outside the cell) is still its row when its first part names one row only.
 */
class CutGridLabelTest {

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    private static ParseResult read(List<GridCell> row) throws Exception {
        List<GridCell> known = row("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1");
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(List.of(known, row), null)), ParseContext.defaults(), "test");
    }

    @Test
    void aLabelCutAtItsCellsEdgeStillNamesItsRow() throws Exception {
        ParseResult r = read(row("2.申请人逾期未按收费通\n知要求缴纳费\n用、行政机关不再处理", "0", "1", "0", "0", "0", "0", "1"));
        for (Applicant a : Applicant.all()) {
            Cell c = r.report().applications().cell(ApplicationRow.OTHER_UNPAID_FEE, a);
            assertThat(c.value()).as(a.code()).isNotNull();
            assertThat(c.isCertain()).isTrue();
        }
        assertThat(r.report().applications().value(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL)).isEqualByComparingTo("1");
    }

    @Test
    void aFirstPartSharedByTwoRowsNamesNone() throws Exception {
        ParseResult r = read(row("1.申请人", "0", "1", "0", "0", "0", "0", "1"));
        assertThat(r.report().applications().cell(ApplicationRow.OTHER_UNPAID_FEE, Applicant.TOTAL).isMissing()).isTrue();
        assertThat(r.report().applications().cell(ApplicationRow.OTHER_NO_CORRECTION, Applicant.TOTAL).isMissing()).isTrue();
    }
}
