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

/** A table cell holding undecodable bytes (U+FFFD) is a value slot of unknown value, never a wrong value. */
class RepairedCellTest {

    private static List<GridCell> row(String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (String t : texts) {
            r.add(GridCell.of(t, null));
        }
        return r;
    }

    private static ParseResult read(List<GridCell> row) throws Exception {
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(List.of(row), null)), ParseContext.defaults(), "test");
    }

    @Test
    void aNumberCellWithAReplacementIsUncertainAndHoldsNoValue() throws Exception {
        for (String damaged : new String[] {"1\uFFFD", "\uFFFD", "\uFFFD2", "１\uFFFD"}) {
            ParseResult r = read(row("一、本年新收政府信息公开申请数量", "4", damaged, "0", "1", "0", "0", "5"));
            Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(1));
            assertThat(c.value()).as(damaged).isNull();
            assertThat(c.uncertainty()).isEqualTo(DocumentDecoder.REPAIRED);
            assertThat(c.raw()).isEqualTo(damaged);
            // the slot is kept: the values after it stay in their columns
            assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(0)).value())
                    .isEqualByComparingTo("4");
            assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(6)).value())
                    .isEqualByComparingTo("5");
            assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(6)).isCertain())
                    .isTrue();
            assertThat(AbsentGridRowTest.ofRowsHeld(r.report())).hasSize(1);
        }
    }

    @Test
    void aLabelWithAReplacementIsStillALabel() throws Exception {
        ParseResult r = read(row("一、本年新收政府信息公开申\uFFFD数量", "4", "0", "0", "1", "0", "0", "5"));
        Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(6));
        assertThat(c.value()).isEqualByComparingTo("5");
    }
}
