package dev.gongkai.parser.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label wrapped onto two lines in a noisy scan: its lines are cut apart though specks of noise lie
 * between them, and a line the engine read as one doubted glyph stretched over it marks the label as
 * poorly read (for the second look), however well the few words beside it were read.
 */
class WrappedLabelTest {

    /** Two 20-row lines of ink (a bar of glyphs) 8 rows apart, with a speck of noise in each row between. */
    private static Grey twoLinesWithSpecks(boolean specks) {
        int w = 400, h = 80;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (int y = 0; y < h; y++) {
            boolean line = y >= 16 && y < 36 || y >= 44 && y < 64;
            for (int x = 10; x < 390; x++) {
                if (line && x % 4 != 0) {
                    px[y * w + x] = 0;
                }
            }
            if (specks && y >= 36 && y < 44) {
                px[y * w + 20 + 45 * (y - 36)] = 0; // one dark pixel a row, as JPEG noise leaves
            }
        }
        return new Grey(w, h, px);
    }

    @Test
    void twoLinesAreCutApartThroughSpecksOfNoise() {
        assertThat(twoLinesWithSpecks(false).lines(3)).hasSize(2);
        assertThat(twoLinesWithSpecks(true).lines(3)).hasSize(2);
    }

    @Test
    void oneLineIsOneLine() {
        Grey g = twoLinesWithSpecks(false);
        assertThat(g.crop(0, 0, g.width, 40, 1.0).lines(3)).hasSize(1);
    }

    @Test
    void aDoubtedGlyphAcrossALineOutweighsTheWordsReadWellBesideIt() {
        // 全 (confidence 24) over the whole first line; 他 情形 ) read well on the second
        List<Word> words = List.of(new Word(1, 1, 2, 20, 0, 1100, 135, 24, "全"),
                new Word(1, 1, 3, 24, 80, 47, 47, 96, "他"), new Word(1, 1, 3, 86, 80, 85, 47, 93, "情形"),
                new Word(1, 1, 3, 175, 80, 10, 50, 93, ")"));
        assertThat(CellRead.meanConfidence(words)).isLessThan(PageReader.LOW);
        CellRead c = new CellRead(0, new int[] {0, 0, 760, 110});
        c.inkBox = new int[] {4, 16, 736, 100};
        c.words.addAll(words);
        assertThat(c.garbled(200)).isTrue();
        // words of one width read well are still read well
        assertThat(CellRead.meanConfidence(words.subList(1, 4))).isGreaterThan(PageReader.LOW);
    }

    @Test
    void digitsOnlyThePageRecognitionReadAreLeftToTheSums() {
        for (double conf : new double[] {84, 60}) {
            CellRead c = new CellRead(0, new int[] {0, 0, 120, 90});
            c.inkBox = new int[] {16, 9, 116, 72}; // a speck far from the glyph widens the ink
            c.words.add(new Word(1, 1, 1, 50, 20, 27, 38, conf, "0"));
            c.digits = ""; // the digit look read nothing
            dev.gongkai.layout.GridCell s = c.slot(new Place(1, null, 300));
            assertThat(s.text()).isEqualTo("0");
            assertThat(s.uncertainty()).isEqualTo(conf >= PageReader.LOW
                    ? dev.gongkai.layout.Recognition.UNCHECKED : dev.gongkai.layout.Recognition.LOW_CONFIDENCE);
        }
        CellRead none = new CellRead(0, new int[] {0, 0, 120, 90});
        none.inkBox = new int[] {16, 9, 116, 72};
        none.digits = "";
        assertThat(none.slot(new Place(1, null, 300)).uncertainty()).isEqualTo(dev.gongkai.layout.Recognition.UNREADABLE);
    }

    private static CellRead valueCell(String firstLook, double firstConf, String page, double pageConf) {
        CellRead c = new CellRead(0, new int[] {0, 0, 60, 60});
        c.inkBox = new int[] {6, 18, 22, 44};
        c.words.add(new Word(1, 1, 1, 25, 20, 23, 39, pageConf, page));
        c.digits = firstLook;
        c.confidence = firstConf;
        return c;
    }

    @Test
    void aDoubtedDigitIsReplacedOnlyWhereTheSecondLookAndThePageAgree() {
        CellRead c = valueCell("2", 30, "5", 96); // a 5 read as 2 by the first look
        Digits.secondLook(c, "5", 97);
        assertThat(c.digits).isEqualTo("5");
        assertThat(c.slot(new Place(1, null, 200)).uncertainty()).isEqualTo(dev.gongkai.layout.Recognition.UNCHECKED);
        CellRead alone = valueCell("2", 30, "8", 96); // the second look alone: the first look stays, doubted
        Digits.secondLook(alone, "5", 97);
        assertThat(alone.digits).isEqualTo("2");
        assertThat(alone.slot(new Place(1, null, 200)).uncertainty())
                .isEqualTo(dev.gongkai.layout.Recognition.LOW_CONFIDENCE);
        CellRead unsure = valueCell("2", 30, "5", 96); // a second look not sure of itself changes nothing
        Digits.secondLook(unsure, "5", 50);
        assertThat(unsure.digits).isEqualTo("2");
    }

    @Test
    void aSecondLookLessSureThanThePageRecognitionDoesNotFillAnEmptyCell() {
        CellRead c = valueCell("", 0, "0", 68); // nothing on the first look, 6 at confidence 0 on the second
        Digits.secondLook(c, "6", 0);
        assertThat(c.digits).isEmpty();
        dev.gongkai.layout.GridCell s = c.slot(new Place(1, null, 300));
        assertThat(s.text()).isEqualTo("0");
        assertThat(s.uncertainty()).isEqualTo(dev.gongkai.layout.Recognition.LOW_CONFIDENCE);
        CellRead surer = valueCell("", 0, "0", 40);
        Digits.secondLook(surer, "8", 90);
        assertThat(surer.digits).isEqualTo("8");
    }
}
