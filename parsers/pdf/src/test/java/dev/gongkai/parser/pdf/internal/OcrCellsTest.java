package dev.gongkai.parser.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.parser.pdf.internal.OcrCells.Slot;
import dev.gongkai.testkit.Reports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A searchable scan's text layer reconciled with an engine's reading: a value only one reading gives is
 * certain only when a sum whose other members are all certain forces it.
 */
class OcrCellsTest {

    private static final String PROBLEM = "ocr-text-layer";

    @Test
    void aCellTheLayerLacksIsTakenWhenItsSumForcesIt() {
        Report truth = Reports.generator().generate(7);
        Slot lacked = new Slot(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
        Report layer = OcrCells.with(truth, Map.of(lacked, Cell.MISSING));
        Report r = OcrCells.reconcile(layer, truth, c -> true, PROBLEM);
        Cell c = OcrCells.cells(r).get(lacked);
        assertThat(c.isCertain()).isTrue();
        assertThat(c.sameValue(OcrCells.cells(truth).get(lacked))).isTrue();
    }

    @Test
    void twoEngineOnlyCellsThatCompensateInOneSumStayUncertain() {
        Report truth = Reports.generator().generate(11);
        Slot part = new Slot(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
        Slot total = new Slot(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
        Map<Slot, Cell> t = OcrCells.cells(truth);
        // the engine, sure of itself, reads both one more: the row's sum still holds; neither reading has
        // the carried-over row of their columns, so no other sum of theirs is complete
        Slot partBefore = new Slot(ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON);
        Slot totalBefore = new Slot(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        Report engine = OcrCells.with(truth, Map.of(part, plus(t.get(part), 1), total, plus(t.get(total), 1),
                partBefore, Cell.MISSING, totalBefore, Cell.MISSING));
        Report layer = OcrCells.with(truth, Map.of(part, Cell.MISSING, total, Cell.MISSING,
                partBefore, Cell.MISSING, totalBefore, Cell.MISSING));
        Report r = OcrCells.reconcile(layer, engine, c -> true, PROBLEM);
        Map<Slot, Cell> got = OcrCells.cells(r);
        assertThat(got.get(part).isCertain()).as("the part").isFalse();
        assertThat(got.get(total).isCertain()).as("the total").isFalse();
        assertThat(got.get(part).uncertainty()).isEqualTo(PROBLEM);
    }

    /**
     * Generated reports; the layer lacks a third of the cells; the engine, sure of every cell, reads one in
     * five wrong and in some rows shifts a part and the row's total alike (so that row's sum holds): no
     * cell comes back wrong and certain.
     */
    @Test
    void anEngineWrongInOneCellOfFiveMakesNoCellWrongAndCertain() {
        long certain = 0, cells = 0, agreed = 0;
        for (long seed = 0; seed < 150; seed++) {
            Report truth = Reports.generator().generate(seed);
            Random rnd = new Random(seed);
            Map<Slot, Cell> t = OcrCells.cells(truth);
            Map<Slot, Cell> layer = new HashMap<>(), engine = new HashMap<>();
            for (Map.Entry<Slot, Cell> e : t.entrySet()) {
                if (rnd.nextInt(3) == 0) {
                    layer.put(e.getKey(), Cell.MISSING);
                }
                if (e.getValue().value() != null && rnd.nextInt(5) == 0) {
                    engine.put(e.getKey(), plus(e.getValue(), 1 + rnd.nextInt(9)));
                }
            }
            for (ApplicationRow row : truth.applications().rows()) {
                if (rnd.nextInt(3) == 0) {
                    Slot part = new Slot(row, Applicant.parts().get(rnd.nextInt(6)));
                    Slot total = new Slot(row, Applicant.TOTAL);
                    if (t.get(part).value() != null && t.get(total).value() != null) {
                        int k = 1 + rnd.nextInt(9);
                        engine.put(part, plus(t.get(part), k));
                        engine.put(total, plus(t.get(total), k));
                    }
                }
            }
            for (Map.Entry<Slot, Cell> e : t.entrySet()) {
                agreed += !layer.containsKey(e.getKey()) && !engine.containsKey(e.getKey()) && e.getValue().value() != null ? 1 : 0;
            }
            Report r = OcrCells.reconcile(OcrCells.with(truth, layer), OcrCells.with(truth, engine), c -> true, PROBLEM);
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<Slot, Cell> e : OcrCells.cells(r).entrySet()) {
                Cell c = e.getValue();
                cells++;
                if (c.isCertain()) {
                    certain++;
                    if (!c.sameValue(t.get(e.getKey()))) {
                        wrong.add(e.getKey() + ": " + c.value() + " (truth " + t.get(e.getKey()).value() + ")");
                    }
                }
            }
            assertThat(wrong).as("cells wrong and certain, seed " + seed).isEmpty();
        }
        System.out.println("reconciled with an engine wrong in one cell of five: " + certain + " of " + cells
                + " cells certain (" + agreed + " given alike by both readings), none wrong");
        assertThat(certain - agreed).as("cells only one reading gave that the sums force").isPositive();
    }

    private static Cell plus(Cell c, int k) {
        return Cell.read(c.value().add(BigDecimal.valueOf(k)), null, c.span());
    }
}
