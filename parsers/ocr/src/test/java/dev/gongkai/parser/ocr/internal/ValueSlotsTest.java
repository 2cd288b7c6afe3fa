package dev.gongkai.parser.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Digits the page recognition took for Chinese ({@code 工5} for 15, {@code 吧计} for 21) where a value
 * column crosses a value row are read again as digits and left uncertain for the sums; a word written in a
 * value cell ({@code 无}), a header and a label stay text.
 */
class ValueSlotsTest {

    private static final int DPI = 200;
    private static final int W = 100, H = 50;

    /** A one-line cell at grid position (row, column) whose page reading is {@code text}, ink {@code inkWidth} wide. */
    private static CellRead cell(int row, int column, String text, int inkWidth, double conf) {
        CellRead c = new CellRead(row * 10 + column, new int[] {column * W, row * H, (column + 1) * W, (row + 1) * H});
        c.inkBox = new int[] {column * W + 10, row * H + 12, column * W + 10 + inkWidth, row * H + 37};
        c.words.add(new Word(1, 1, 1, c.inkBox[0], c.inkBox[1], inkWidth, 25, conf, text));
        return c;
    }

    /** Header 其他 | 合计, then three rows: a label and two values; {@code odd} in row 2, column 1. */
    private static List<CellRead> table(CellRead odd) {
        List<CellRead> cells = new ArrayList<>(List.of(cell(0, 0, "信息内容", 90, 95), cell(0, 1, "其他", 50, 95),
                cell(0, 2, "合计", 50, 95)));
        for (int r = 1; r <= 3; r++) {
            cells.add(cell(r, 0, "规章", 50, 95));
            cells.add(r == 2 ? odd : cell(r, 1, Integer.toString(r), 10, 95));
            cells.add(cell(r, 2, Integer.toString(r + 10), 20, 95));
        }
        ValueSlots.mark(cells, DPI);
        return cells;
    }

    @Test
    void digitsReadAsChineseInAValueSlotAreReadAgainAsDigits() {
        CellRead mixed = cell(2, 1, "工5", 40, 57);
        CellRead narrow = cell(2, 1, "吧计", 30, 60);
        table(mixed);
        table(narrow);
        assertThat(mixed.valueSlot).isTrue();
        assertThat(mixed.valueLike(DPI)).isTrue();
        assertThat(narrow.valueSlot).isTrue();
        // read as digits, sure of them: left for the sums (ocr-unchecked), never certain by itself
        mixed.digits = "15";
        mixed.confidence = 95;
        GridCell s = mixed.slot(new Place(1, null, DPI));
        assertThat(s.text()).isEqualTo("15");
        assertThat(s.uncertainty()).isEqualTo(Recognition.UNCHECKED);
        // the digit look unsure, or fewer digits than glyphs seen: missing, as unread as before (a doubted
        // wrong value would break the sums a missing one leaves open)
        mixed.confidence = 40;
        GridCell unsure = mixed.slot(new Place(1, null, DPI));
        assertThat(unsure.text()).isEmpty();
        assertThat(unsure.uncertainty()).isEqualTo(Recognition.UNREADABLE);
        mixed.confidence = 95;
        mixed.digits = "5";
        assertThat(mixed.slot(new Place(1, null, DPI)).uncertainty()).isEqualTo(Recognition.UNREADABLE);
    }

    @Test
    void aWordHeadersAndLabelsStayText() {
        CellRead word = cell(2, 1, "无", 25, 93); // as wide as a character
        List<CellRead> cells = table(word);
        assertThat(word.valueSlot).isFalse();
        assertThat(word.valueLike(DPI)).isFalse();
        for (CellRead c : cells) {
            if (c.readsHan() && c != word) {
                assertThat(c.valueSlot).as(c.pageText()).isFalse(); // the header row, the label column
            }
        }
        // without values around it (a column of one value), a misread cell is left as it was read
        CellRead alone = cell(2, 1, "工5", 40, 57);
        List<CellRead> few = new ArrayList<>(List.of(cell(1, 0, "规章", 50, 95), cell(2, 0, "规章", 50, 95), alone,
                cell(2, 2, "12", 20, 95), cell(1, 1, "3", 10, 95)));
        ValueSlots.mark(few, DPI);
        assertThat(alone.valueSlot).isFalse();
    }
}
