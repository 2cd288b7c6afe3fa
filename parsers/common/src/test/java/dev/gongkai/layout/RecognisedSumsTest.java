package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values recognised from an image are confirmed, corrected or left uncertain by table 三's sums. */
class RecognisedSumsTest {

    /** A consistent table 三: 20 new + 1 carried over = 21 handled (16 granted, 5 not held) + 0 forward. */
    private static Map<ApplicationRow, String[]> consistent() {
        Map<ApplicationRow, String[]> t = new EnumMap<>(ApplicationRow.class);
        for (ApplicationRow r : ApplicationRow.rows(Edition.E2021)) {
            t.put(r, new String[] {"0", "0", "0", "0", "0", "0", "0"});
        }
        t.put(ApplicationRow.NEW_RECEIVED, new String[] {"18", "2", "0", "0", "0", "0", "20"});
        t.put(ApplicationRow.CARRIED_OVER, new String[] {"1", "0", "0", "0", "0", "0", "1"});
        t.put(ApplicationRow.GRANTED, new String[] {"14", "2", "0", "0", "0", "0", "16"});
        t.put(ApplicationRow.UNABLE_NOT_HELD, new String[] {"5", "0", "0", "0", "0", "0", "5"});
        t.put(ApplicationRow.TOTAL_HANDLED, new String[] {"19", "2", "0", "0", "0", "0", "21"});
        return t;
    }

    private static ParseResult read(Map<ApplicationRow, String[]> t, String code) throws Exception {
        return read(t, code, Map.of());
    }

    /** {@code labels}: a row's label as recognised, where not the template's own. */
    private static ParseResult read(Map<ApplicationRow, String[]> t, String code, Map<ApplicationRow, String> labels)
            throws Exception {
        List<List<GridCell>> rows = new ArrayList<>();
        for (Map.Entry<ApplicationRow, String[]> e : t.entrySet()) {
            List<GridCell> row = new ArrayList<>();
            row.add(GridCell.of(labels.getOrDefault(e.getKey(), e.getKey().label()), null));
            for (String v : e.getValue()) {
                GridCell c = GridCell.of(v, null);
                row.add(code == null ? c : c.uncertain(code));
            }
            rows.add(row);
        }
        return TemplateInterpreter.interpret(List.of(new Paragraph("2022年政府信息公开工作年度报告", null),
                new Paragraph("三、收到和处理政府信息公开申请情况", null), Table.grid(rows, null)),
                ParseContext.defaults(), "test");
    }

    private static Cell cell(ParseResult r, ApplicationRow row, Applicant a) {
        return r.report().applications().cell(row, a);
    }

    private static List<String> codes(ParseResult r) {
        return r.problems().stream().map(Problem::code).toList();
    }

    @Test
    void recognisedValuesWhoseSumsHoldAreCertain() throws Exception {
        ParseResult r = read(consistent(), Recognition.UNCHECKED);
        for (ApplicationRow row : ApplicationRow.rows(Edition.E2021)) {
            for (Applicant a : Applicant.all()) {
                assertThat(cell(r, row, a).isCertain()).as(row + "/" + a).isTrue();
            }
        }
        assertThat(cell(r, ApplicationRow.GRANTED, Applicant.TOTAL).value()).isEqualByComparingTo("16");
        assertThat(codes(r)).doesNotContain(Recognition.CORRECTED, Recognition.SUMS_BROKEN);
    }

    @Test
    void sumsDoNotConfirmTheRowOfARecognisedValueWhoseLabelIsNotExact() throws Exception {
        // the sums hold with the row placed by a near label; they would as well with its values in another
        // row of the same column sums, so its placement is a guess and its values stay uncertain
        for (String label : List.of("1.本机关不掌提相关政府信息", "1.本机关不掌握相关政")) {
            ParseResult r = read(consistent(), Recognition.UNCHECKED, Map.of(ApplicationRow.UNABLE_NOT_HELD, label));
            for (Applicant a : Applicant.all()) {
                Cell c = cell(r, ApplicationRow.UNABLE_NOT_HELD, a);
                assertThat(c.isCertain()).as(label + " " + a).isFalse();
                assertThat(c.uncertainty()).as(label + " " + a).isEqualTo("label-approximate");
                assertThat(cell(r, ApplicationRow.GRANTED, a).isCertain()).as(label + " granted " + a).isTrue();
            }
            assertThat(cell(r, ApplicationRow.UNABLE_NOT_HELD, Applicant.TOTAL).value()).isEqualByComparingTo("5");
            assertThat(codes(r)).contains("label-approximate");
        }
    }

    @Test
    void theOneConfusableReadingWhoseSumsHoldIsTaken() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.get(ApplicationRow.GRANTED)[0] = "74"; // 14 recognised as 74
        ParseResult r = read(t, Recognition.UNCHECKED);
        Cell c = cell(r, ApplicationRow.GRANTED, Applicant.NATURAL_PERSON);
        assertThat(c.value()).isEqualByComparingTo("14");
        assertThat(c.isCertain()).isTrue();
        assertThat(codes(r)).contains(Recognition.CORRECTED).doesNotContain(Recognition.SUMS_BROKEN);
        assertThat(r.problems().stream().filter(p -> p.code().equals(Recognition.CORRECTED)).findFirst().orElseThrow()
                .message()).contains("74").contains("14");
    }

    @Test
    void aMisreadingNoConfusionExplainsStaysUncertain() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.get(ApplicationRow.GRANTED)[0] = "32"; // two digits wrong: no single confusion mends it
        ParseResult r = read(t, Recognition.UNCHECKED);
        Cell c = cell(r, ApplicationRow.GRANTED, Applicant.NATURAL_PERSON);
        assertThat(c.isCertain()).isFalse();
        assertThat(codes(r)).contains(Recognition.SUMS_BROKEN).doesNotContain(Recognition.CORRECTED);
        // the cells of sums that hold are still confirmed
        assertThat(cell(r, ApplicationRow.CARRIED_OVER, Applicant.TOTAL).isCertain()).isTrue();
    }

    @Test
    void aDigitReadForABlankZeroIsMended() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.get(ApplicationRow.CARRIED_FORWARD)[0] = "8";
        ParseResult r = read(t, Recognition.UNCHECKED);
        assertThat(cell(r, ApplicationRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON).value()).isEqualByComparingTo("0");
        assertThat(codes(r)).contains(Recognition.CORRECTED);
    }

    @Test
    void valuesReadFromTextAreNeverTouched() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.get(ApplicationRow.GRANTED)[0] = "74";
        ParseResult r = read(t, null);
        Cell c = cell(r, ApplicationRow.GRANTED, Applicant.NATURAL_PERSON);
        assertThat(c.value()).isEqualByComparingTo("74");
        assertThat(c.isCertain()).isTrue(); // the report's own error: validation blames it
        assertThat(codes(r)).doesNotContain(Recognition.CORRECTED, Recognition.SUMS_BROKEN);
    }

    @Test
    void lowConfidenceValuesStayUncertainThoughTheirSumsHold() throws Exception {
        ParseResult r = read(consistent(), Recognition.LOW_CONFIDENCE);
        assertThat(cell(r, ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).isCertain()).isFalse();
        assertThat(cell(r, ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).value()).isEqualByComparingTo("20");
    }

    @Test
    void aLowConfidenceMisreadingIsCorrectedWhenTheSumsForceIt() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.get(ApplicationRow.TOTAL_HANDLED)[6] = "27"; // 21 recognised as 27
        ParseResult r = read(t, Recognition.LOW_CONFIDENCE);
        Cell c = cell(r, ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL);
        assertThat(c.value()).isEqualByComparingTo("21");
        assertThat(c.isCertain()).isTrue();
    }

    @Test
    void cellsOfARowNotFoundInARecognisedTableAreUncertain() throws Exception {
        Map<ApplicationRow, String[]> t = consistent();
        t.remove(ApplicationRow.DENIED_STATE_SECRET); // its label could not be read
        ParseResult r = read(t, Recognition.UNCHECKED);
        Cell c = cell(r, ApplicationRow.DENIED_STATE_SECRET, Applicant.TOTAL);
        assertThat(c == null ? null : c.uncertainty()).isEqualTo(Recognition.UNREADABLE);
        assertThat(codes(r)).contains(Recognition.UNREADABLE);
        // the same table read from text says the row as not found (AbsentGridRowTest), not as unreadable ink
        ParseResult text = read(t, null);
        Cell m = cell(text, ApplicationRow.DENIED_STATE_SECRET, Applicant.TOTAL);
        assertThat(m.uncertainty()).isEqualTo("row-not-found");
        assertThat(codes(text)).doesNotContain(Recognition.UNREADABLE);
    }
}
