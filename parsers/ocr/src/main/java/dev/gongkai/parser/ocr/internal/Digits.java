package dev.gongkai.parser.ocr.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the value cells of a page as digits in one engine call: each cell's ink, cut inside its
 * ruling lines and scaled to about 300 dpi, is stacked under the others with a white gap, and the
 * words found are mapped back to their cell by their band. Not API.
 */
final class Digits {

    private static final int MARGIN = 20;
    private static final int GAP = 40;

    private Digits() {}

    /**
     * Recognises every inked cell's text (Chinese), then the cells without Chinese as digits. Cells the
     * first look reads poorly get a second look at their crops in black and white (one more engine call
     * each for text and digits, only when there are such cells): the engine drops a lone glyph or
     * garbles a wrapped label now and then, and reads it on another rendering of the same ink.
     */
    static void read(Grey page, List<CellRead> cells, int dpi) throws IOException {
        List<CellRead> inked = new ArrayList<>();
        for (CellRead c : cells) {
            if (c.inkBox != null) {
                inked.add(c);
            }
        }
        List<List<Word>> text = stacked(page, inked, dpi, false, false);
        for (int i = 0; i < inked.size(); i++) {
            inked.get(i).words.addAll(text.get(i));
        }
        List<CellRead> garbled = new ArrayList<>();
        for (CellRead c : inked) {
            if (c.garbled(dpi)) {
                garbled.add(c);
            }
        }
        List<List<Word>> again = stacked(page, garbled, dpi, false, true);
        for (int i = 0; i < garbled.size(); i++) {
            CellRead c = garbled.get(i);
            List<Word> ws = again.get(i);
            // the more confident look wins: Chinese for a label, or digits for a one-line cell whose
            // Chinese the engine doubted (a number taken for a character)
            if ((CellRead.hasHan(ws) || !c.lines(dpi) && CellRead.digitsOnly(ws))
                    && CellRead.meanConfidence(ws) > Math.max(CellRead.meanConfidence(c.words),
                            CellRead.hasHan(ws) ? 0 : PageReader.LOW)) {
                c.words.clear();
                c.words.addAll(ws);
            }
        }
        ValueSlots.mark(inked, dpi);
        List<CellRead> values = new ArrayList<>();
        List<CellRead> wrapped = new ArrayList<>();
        List<CellRead> misread = new ArrayList<>();
        for (CellRead c : inked) {
            if (c.valueLike(dpi)) {
                (c.valueSlot ? misread : c.lines(dpi) ? wrapped : values).add(c);
            }
        }
        List<List<Word>> found = stacked(page, values, dpi, true, false);
        List<CellRead> doubtful = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            CellRead c = values.get(i);
            c.digits = joined(found.get(i));
            c.confidence = confidence(found.get(i));
            if (c.digits.isEmpty() || c.confidence < PageReader.LOW) {
                doubtful.add(c);
            }
        }
        // values wrapped onto two lines get one look of their own, line by line: in the stacks of the
        // others their short lines change how the engine reads those (a 0 read as 6)
        List<List<Word>> lines = stacked(page, wrapped, dpi, true, false);
        for (int i = 0; i < wrapped.size(); i++) {
            wrapped.get(i).digits = joined(lines.get(i));
            wrapped.get(i).confidence = confidence(lines.get(i));
        }
        // digits read as Chinese (ValueSlots) get a look of their own too: in the shared stack their
        // glyphs, misshapen enough to be taken for characters, change how the engine reads the others
        // (every 0 of a row read as 6)
        List<List<Word>> reread = stacked(page, misread, dpi, true, false);
        for (int i = 0; i < misread.size(); i++) {
            misread.get(i).digits = joined(reread.get(i));
            misread.get(i).confidence = confidence(reread.get(i));
        }
        List<List<Word>> second = stacked(page, doubtful, dpi, true, true);
        for (int i = 0; i < doubtful.size(); i++) {
            secondLook(doubtful.get(i), joined(second.get(i)), confidence(second.get(i)));
        }
    }

    /**
     * Weighs the second look's digits {@code d} (confidence {@code conf}) at a cell the first look read
     * poorly against the first look and the page recognition.
     */
    static void secondLook(CellRead c, String d, double conf) {
        if (c.digits.isEmpty() && !d.isEmpty()) {
            // read only on the second look: as sure as that look is, for the sums to confirm, unless
            // the page recognition read digits there and was surer of them (they are taken instead)
            if (c.pageDigits() == null || CellRead.minConfidence(c.words) <= conf) {
                c.digits = d;
                c.confidence = conf;
            }
        } else if (!d.isEmpty() && d.equals(c.digits)) {
            c.confidence = Math.max(c.confidence, conf); // two looks agree
        } else if (!d.isEmpty() && conf >= PageReader.LOW && conf > c.confidence && c.pageReads(d)) {
            // the doubted first look differs from the second and the page recognition, which agree
            c.digits = d;
            c.confidence = conf;
        }
    }

    private static String joined(List<Word> ws) {
        StringBuilder s = new StringBuilder();
        for (Word w : ws) {
            s.append(w.text());
        }
        return s.toString();
    }

    private static double confidence(List<Word> ws) {
        double conf = 100;
        for (Word w : ws) {
            conf = Math.min(conf, w.conf());
        }
        return ws.isEmpty() ? 0 : conf;
    }

    /** The words found in each cell's crop, the crops stacked into one image for one engine call. */
    private static List<List<Word>> stacked(Grey page, List<CellRead> values, int dpi, boolean digits,
            boolean binarised) throws IOException {
        List<List<Word>> found = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            found.add(new ArrayList<>());
        }
        if (values.isEmpty()) {
            return found;
        }
        double scale = Math.max(1.0, 300.0 / dpi);
        int pad = Math.max(2, dpi / 60);
        List<Grey> crops = new ArrayList<>();
        List<int[]> bands = new ArrayList<>(); // owner, top, bottom
        int width = 0, height = MARGIN;
        for (int i = 0; i < values.size(); i++) {
            int[] b = values.get(i).inkBox;
            Grey crop = page.crop(Math.max(0, b[0] - pad), Math.max(0, b[1] - pad), Math.min(page.width, b[2] + pad),
                    Math.min(page.height, b[3] + pad), scale);
            if (binarised) {
                crop = crop.binarised();
            }
            // a wrapped label goes in line by line: the engine reads a lone line better than a block
            // a value wrapped in a narrow column too: one line of digits is what the engine reads best
            for (Grey piece : digits && !values.get(i).lines(dpi) ? List.of(crop) : crop.lines(pad)) {
                crops.add(piece);
                width = Math.max(width, piece.width);
                bands.add(new int[] {i, height, height + piece.height});
                height += piece.height + GAP;
            }
        }
        Grey stack = Grey.white(width + 2 * MARGIN, height + MARGIN);
        for (int i = 0; i < crops.size(); i++) {
            stack.paste(crops.get(i), MARGIN, bands.get(i)[1]);
        }
        for (Word w : digits ? Engine.digits(stack) : Engine.text(stack)) {
            int y = w.centreY();
            for (int[] band : bands) {
                if (y >= band[1] - GAP / 2 && y < band[2] + GAP / 2) {
                    found.get(band[0]).add(w);
                    break;
                }
            }
        }
        for (List<Word> ws : found) {
            inReadingOrder(ws);
        }
        return found;
    }

    /**
     * Sorts a cell's words line by line, left to right in each: a number wrapped in a narrow column
     * ({@code 4} over {@code 5}) reads {@code 45}, not by its glyphs' left edges.
     */
    static void inReadingOrder(List<Word> ws) {
        ws.sort((a, b) -> Integer.compare(a.top(), b.top()));
        java.util.Map<Word, Integer> line = new java.util.IdentityHashMap<>();
        int n = 0, lineTop = Integer.MIN_VALUE, lineHeight = 0;
        for (Word w : ws) {
            // a word whose centre is below the line's first word is on the next line
            if (lineTop == Integer.MIN_VALUE || w.centreY() > lineTop + lineHeight) {
                n++;
                lineTop = w.top();
                lineHeight = Math.max(1, w.height());
            }
            line.put(w, n);
        }
        ws.sort(java.util.Comparator.comparingInt((Word w) -> line.get(w)).thenComparingInt(Word::left));
    }
}
