package dev.gongkai.parser.ocr.internal;

import java.util.List;

/**
 * Finds the cells where a value column crosses a value row but the page recognition read Chinese: the
 * engine takes digits for characters now and then ({@code 工2} for 12, {@code 吧计} for 21). A value
 * column is one in which the page read digits in at least {@link #COLUMN} other cells, a value row one in
 * which it read digits in another cell; both by the cells' exact line boundaries, so a label spanning
 * columns or rows never counts. The text read must hold a digit beside the characters ({@code 工5} for 15,
 * {@code 3工} for 31 wrapped onto two lines) or, on one line, be narrower than the characters read would
 * be ({@code 吧计}): a word written in a value cell ({@code 无}) stays text. A header row holds no digits, a label column none either: neither is
 * touched. Such a cell is read again as digits ({@link CellRead#valueLike}) and stays uncertain unless
 * the digit look is sure of it and the sums confirm it. Not API.
 */
final class ValueSlots {

    /** The digits read elsewhere in a column that make it a value column. */
    static final int COLUMN = 2;
    /** At most this many glyphs read: a longer text is a remark or a label, not digits misread. */
    static final int MAX_GLYPHS = 4;

    private ValueSlots() {}

    static void mark(List<CellRead> cells, int dpi) {
        for (CellRead c : cells) {
            // a cell already read as digits (a lone narrow glyph taken for a character) keeps its look
            if (c.inkBox == null || c.valueLike(dpi) || !c.readsHan() || c.glyphs() > MAX_GLYPHS
                    || !(c.pageText().matches(".*[0-9].*") || !c.lines(dpi) && narrow(c))) {
                continue;
            }
            int column = 0, row = 0;
            for (CellRead o : cells) {
                if (o == c || !o.readsDigits(dpi)) {
                    continue;
                }
                column += o.box[0] == c.box[0] && o.box[2] == c.box[2] ? 1 : 0;
                row += o.box[1] == c.box[1] && o.box[3] == c.box[3] ? 1 : 0;
            }
            c.valueSlot = column >= COLUMN && row >= 1;
        }
    }

    /**
     * True when the ink is narrower than the glyphs read would be as Chinese: a digit is about half as
     * wide as it is tall, a Chinese character about as wide; a word written in a value cell ({@code 无})
     * is as wide as its characters and stays text.
     */
    private static boolean narrow(CellRead c) {
        int width = c.inkBox[2] - c.inkBox[0], height = c.inkBox[3] - c.inkBox[1];
        return width * 5 < height * 4 * Math.max(1, c.glyphs());
    }
}
