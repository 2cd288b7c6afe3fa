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

/** A slot the format reader marked as not read with certainty gives a cell that says so. */
class ReaderDoubtTest {

    private static ParseResult read(List<GridCell> row) throws Exception {
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                Table.grid(List.of(row), null)), ParseContext.defaults(), "test");
    }

    private static List<GridCell> row(int doubtful, String... texts) {
        List<GridCell> r = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            GridCell c = GridCell.of(texts[i], null);
            r.add(i == doubtful ? c.uncertain("ocr-low-confidence") : c);
        }
        return r;
    }

    @Test
    void aDoubtfulValueKeepsItsValueAndItsDoubt() throws Exception {
        ParseResult r = read(row(2, "一、本年新收政府信息公开申请数量", "4", "7", "0", "1", "0", "0", "12"));
        Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(1));
        assertThat(c.value()).isEqualByComparingTo("7");
        assertThat(c.uncertainty()).isEqualTo("ocr-low-confidence");
        assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(0)).isCertain())
                .isTrue();
        assertThat(AbsentGridRowTest.ofRowsHeld(r.report())).hasSize(1);
    }

    @Test
    void aDoubtfulEmptySlotIsABlankThatSaysSo() throws Exception {
        ParseResult r = read(row(3, "一、本年新收政府信息公开申请数量", "4", "7", "", "1", "0", "0", "12"));
        Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(2));
        assertThat(c.value()).isNull();
        assertThat(c.uncertainty()).isEqualTo("ocr-low-confidence");
    }

    @Test
    void firstDoubtIsKept() {
        GridCell c = GridCell.of("8", null).uncertain("a").uncertain("b");
        assertThat(c.uncertainty()).isEqualTo("a");
        assertThat(GridCell.of("8", null).isCertain()).isTrue();
    }
}
