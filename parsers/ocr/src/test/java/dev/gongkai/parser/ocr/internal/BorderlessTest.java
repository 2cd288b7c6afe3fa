package dev.gongkai.parser.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import dev.gongkai.layout.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table recognised without drawn lines: found by its columns, every number left for the sums to confirm. */
class BorderlessTest {

    private static final String[] LABELS = {"本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开", "部分公开", "不予公开",
        "无法提供", "不予处理", "其他处理"};

    /** Lines of a label and {@code numbers} numbers in fixed columns, 40 px apart at 200 dpi. */
    private static List<Word> page(int numbers) {
        List<Word> words = new ArrayList<>();
        for (int line = 0; line < LABELS.length; line++) {
            int top = 200 + line * 40;
            words.add(new Word(1, 1, line, 100, top, 28 * LABELS[line].length(), 28, 90, LABELS[line]));
            for (int c = 0; c < numbers; c++) {
                String n = Integer.toString((line + 1) * (c + 2));
                words.add(new Word(1, 1, line, 900 + c * 120, top, 16 * n.length(), 28, 90, n));
            }
        }
        return words;
    }

    @Test
    void linesOfThreeNumbersOrMoreMakeAPageTabularAndProseDoesNot() {
        assertThat(Borderless.tabular(page(4))).isTrue();
        assertThat(Borderless.tabular(page(2))).isFalse();
        assertThat(Borderless.tabular(page(4).subList(0, 15))).isFalse(); // three such lines only
    }

    @Test
    void theAlignedColumnsAreATableWhoseNumbersAreAllUnchecked() {
        List<Block> blocks = Borderless.blocks(page(4), new Place(1, null, 200), 1654, 2339);
        List<Table> tables = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        assertThat(tables).isNotEmpty();
        int numbers = 0;
        for (Table t : tables) {
            for (List<GridCell> row : t.rows()) {
                for (GridCell c : row) {
                    if (c.text().strip().matches("[0-9]+")) {
                        numbers++;
                        assertThat(c.isCertain()).as(c.text()).isFalse();
                        assertThat(c.uncertainty()).isEqualTo(Recognition.UNCHECKED);
                    }
                }
            }
        }
        assertThat(numbers).isEqualTo(LABELS.length * 4);
    }
}
