package dev.gongkai.parser.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells whose recognised value may not be whole: a number wrapped in its narrow column, a value with
 * fewer digits than glyphs were seen, a word straddling a column line. Such a value is never certain
 * before the sums have seen it, and a straddled or short one not even then.
 */
class WrappedAndStraddlingTest {

    private static final int DPI = 200;
    private static final Place PLACE = new Place(1, null, DPI);

    /** A cell 120 × 100 px whose ink is two lines of digits (taller than one line of a value). */
    private static CellRead twoLines(String first, String second) {
        CellRead c = new CellRead(0, new int[] {0, 0, 120, 100});
        c.inkBox = new int[] {40, 10, 60, 90};
        c.words.add(new Word(1, 1, 1, 42, 10, 16, 28, 90, first));
        c.words.add(new Word(1, 1, 2, 40, 55, 16, 28, 90, second));
        return c;
    }

    @Test
    void aNumberWrappedOntoTwoLinesIsAValueNotText() {
        CellRead c = twoLines("4", "5");
        assertThat(c.lines(DPI)).isTrue();
        assertThat(c.valueLike(DPI)).isTrue();
        c.digits = "45";
        c.confidence = 90;
        GridCell s = c.slot(PLACE);
        assertThat(s.text()).isEqualTo("45");
        assertThat(s.uncertainty()).isEqualTo(Recognition.UNCHECKED); // the sums may confirm it
        // a wrapped label is still text
        assertThat(twoLines("本机关不掌握", "相关政府信息").valueLike(DPI)).isFalse();
    }

    @Test
    void aWrappedNumberIsReadLineByLineNotByItsGlyphsLeftEdges() {
        // the 5 under the 4 stands further left: by left edges alone the value would read 54
        List<Word> ws = new ArrayList<>(List.of(new Word(1, 1, 2, 38, 55, 16, 28, 90, "5"),
                new Word(1, 1, 1, 44, 10, 16, 28, 90, "4")));
        Digits.inReadingOrder(ws);
        assertThat(ws.stream().map(Word::text).reduce("", String::concat)).isEqualTo("45");
        // one line still reads left to right
        List<Word> line = new ArrayList<>(List.of(new Word(1, 1, 1, 70, 12, 16, 28, 90, "2"),
                new Word(1, 1, 1, 40, 10, 16, 28, 90, "36")));
        Digits.inReadingOrder(line);
        assertThat(line.stream().map(Word::text).reduce("", String::concat)).isEqualTo("362");
    }

    @Test
    void fewerDigitsThanTheGlyphsSeenIsADroppedDigit() {
        // the page saw four glyphs (the last taken for a character); the digits read only three
        CellRead c = twoLines("45", "5人");
        c.digits = "455";
        c.confidence = 96;
        assertThat(c.slot(PLACE).uncertainty()).isEqualTo(Recognition.LOW_CONFIDENCE);
        c.digits = "4557";
        assertThat(c.slot(PLACE).uncertainty()).isEqualTo(Recognition.UNCHECKED);
    }

    /** Two cells side by side, x 0–100 and 100–200, their line at x 99–101; ink drawn by {@code draw}. */
    private static List<CellRead> pair(Grey g, boolean[] ink, int inset) {
        List<CellRead> cells = List.of(new CellRead(0, new int[] {0, 0, 100, 60}),
                new CellRead(1, new int[] {100, 0, 200, 60}));
        for (CellRead c : cells) {
            c.inkBox = new int[] {c.box[0] + inset, 20, c.box[2] - inset, 40};
        }
        PageReader.straddling(g, ink, cells, inset);
        return cells;
    }

    private static void fill(boolean[] ink, int width, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink[y * width + x] = true;
            }
        }
    }

    @Test
    void aGlyphAcrossAColumnLineMakesBothCellsDoubtful() {
        Grey g = Grey.white(200, 60);
        boolean[] ink = new boolean[200 * 60];
        fill(ink, 200, 99, 0, 102, 60); // the line
        fill(ink, 200, 90, 20, 110, 40); // a glyph written over it
        List<CellRead> cells = pair(g, ink, 4);
        assertThat(cells).allMatch(c -> c.straddles);
        CellRead c = cells.get(0);
        c.digits = "4";
        c.confidence = 95;
        assertThat(c.slot(PLACE).uncertainty()).isEqualTo(Recognition.LOW_CONFIDENCE);
    }

    @Test
    void aLineAloneOrInkOnOneSideIsNoStraddle() {
        Grey g = Grey.white(200, 60);
        boolean[] ink = new boolean[200 * 60];
        fill(ink, 200, 98, 0, 103, 60); // a thick line reaching past the inset: the cells' height
        assertThat(pair(g, ink, 2)).noneMatch(c -> c.straddles);
        boolean[] one = new boolean[200 * 60];
        fill(one, 200, 99, 0, 102, 60);
        fill(one, 200, 90, 20, 99, 40); // a glyph touching the line from the left only
        assertThat(pair(g, one, 4)).noneMatch(c -> c.straddles);
    }
}
