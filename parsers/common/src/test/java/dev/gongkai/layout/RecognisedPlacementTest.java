package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a value recognised from an image stands: a row whose cells do not all hold one recognised value
 * (text in a value column, a value split over two cells) never yields a certain value, whatever its sums.
 */
class RecognisedPlacementTest {

    /** A consistent table 三 of 2019: 45 new = 45 handled (40 granted, 5 not held). */
    private static Map<ApplicationRow, GridCell[]> consistent() {
        Map<ApplicationRow, GridCell[]> t = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rows(Edition.E2019)) {
            t.put(r, row("0", "0", "0", "0", "0", "0", "0"));
        }
        t.put(ApplicationRow.NEW_RECEIVED, row("45", "0", "0", "0", "0", "0", "45"));
        t.put(ApplicationRow.GRANTED, row("40", "0", "0", "0", "0", "0", "40"));
        t.put(ApplicationRow.UNABLE_NOT_HELD, row("5", "0", "0", "0", "0", "0", "5"));
        t.put(ApplicationRow.TOTAL_HANDLED, row("45", "0", "0", "0", "0", "0", "45"));
        return t;
    }

    private static GridCell[] row(String... values) {
        GridCell[] cells = new GridCell[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = GridCell.of(values[i], null).uncertain(Recognition.UNCHECKED);
        }
        return cells;
    }

    private static ParseResult read(Map<ApplicationRow, GridCell[]> t) throws Exception {
        List<List<GridCell>> rows = new ArrayList<>();
        for (Map.Entry<ApplicationRow, GridCell[]> e : t.entrySet()) {
            List<GridCell> row = new ArrayList<>();
            row.add(GridCell.of(e.getKey().label(), null));
            row.addAll(List.of(e.getValue()));
            rows.add(row);
        }
        return TemplateInterpreter.interpret(List.of(new Paragraph("2019年政府信息公开工作年度报告", null),
                new Paragraph("三、收到和处理政府信息公开申请情况", null), Table.grid(rows, null)),
                ParseContext.defaults(), "test");
    }

    private static Cell cell(ParseResult r, ApplicationRow row, Applicant a) {
        return r.report().applications().cell(row, a);
    }

    @Test
    void aTotalRecognisedAsTextIsNeverACertainValue() throws Exception {
        Map<ApplicationRow, GridCell[]> t = consistent();
        // the total's digits wrapped onto two lines in its narrow cell: handed over as text, a digit taken
        // for a character
        t.get(ApplicationRow.NEW_RECEIVED)[6] = GridCell.of("人45", null);
        ParseResult r = read(t);
        // never split into 4 and 5 and shifted along the row: the row is one value short, its values'
        // columns unknown
        for (Applicant a : Applicant.all()) {
            Cell c = cell(r, ApplicationRow.NEW_RECEIVED, a);
            assertThat(c.isCertain()).as(a.code()).isFalse();
        }
        assertThat(cell(r, ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).value()).isEqualByComparingTo("45");
        assertThat(r.problems().stream().map(p -> p.code())).doesNotContain("row-split");
        // the other rows are whole and their sums hold
        assertThat(cell(r, ApplicationRow.GRANTED, Applicant.TOTAL).isCertain()).isTrue();
    }

    @Test
    void aShortRecognisedRowKeepsItsDoubtWhereverTheTextStood() throws Exception {
        Map<ApplicationRow, GridCell[]> t = consistent();
        // a value taken for text in the first column: the five left would stand one column to the left
        GridCell[] g = t.get(ApplicationRow.GRANTED);
        g[0] = GridCell.of("四十", null);
        ParseResult r = read(t);
        for (Applicant a : Applicant.all()) {
            assertThat(cell(r, ApplicationRow.GRANTED, a).isCertain()).as(a.code()).isFalse();
        }
    }
}
