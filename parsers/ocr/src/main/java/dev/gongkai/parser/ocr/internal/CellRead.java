package dev.gongkai.parser.ocr.internal;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One cell of a ruled table in a page image, as it is being recognised. Not API. */
final class CellRead {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern BLANK_MARK = Pattern.compile("[—－\\-–/／\\\\]+");

    final int origin;
    final int[] box;
    /** The box inside the lines facing the cell ({@link Grid#innerBox}); {@link #box} by default. */
    int[] inner;
    final List<Word> words = new ArrayList<>();
    int[] inkBox;
    /** True when a glyph runs out of the cell through its left or right line ({@link PageReader#straddles}). */
    boolean straddles;
    /** The digits recognised in the cell's crop, {@code null} when it was not read as digits. */
    String digits;
    double confidence = -1;
    /**
     * True when the cell stands where a value column crosses a value row ({@link ValueSlots}): a few
     * characters read there are digits taken for Chinese ({@code 工2} for 12), read again as digits.
     */
    boolean valueSlot;

    CellRead(int origin, int[] box) {
        this.origin = origin;
        this.box = box;
        this.inner = box;
    }

    /** The text the page recognition placed in this cell. */
    String pageText() {
        List<TextLines.TextLine> lines = TextLines.lines(words);
        StringBuilder s = new StringBuilder();
        for (TextLines.TextLine l : lines) {
            s.append(l.text());
        }
        return s.toString();
    }

    /** True when the cell's ink is taller than one line of digits: a wrapped label, never a value. */
    boolean lines(int dpi) {
        return inkBox[3] - inkBox[1] > dpi * 0.22;
    }

    /**
     * True when the page recognition read a label poorly: no Chinese in a cell of more than one line
     * (a value is one line), or Chinese the engine doubted.
     */
    boolean garbled(int dpi) {
        if (inkBox == null) {
            return false;
        }
        String text = pageText().replace(" ", "");
        if (HAN.matcher(text).find()) {
            return meanConfidence(words) < PageReader.LOW;
        }
        return lines(dpi);
    }

    static boolean hasHan(List<Word> ws) {
        for (Word w : ws) {
            if (HAN.matcher(w.text()).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean digitsOnly(List<Word> ws) {
        StringBuilder s = new StringBuilder();
        for (Word w : ws) {
            s.append(w.text());
        }
        return s.toString().matches("[0-9]+");
    }

    static double minConfidence(List<Word> ws) {
        double conf = 100;
        for (Word w : ws) {
            conf = Math.min(conf, w.conf());
        }
        return ws.isEmpty() ? 0 : conf;
    }

    /**
     * The words' confidence, each weighted by its width: one doubted word stretched over most of a line
     * (a line of a wrapped label read as one wide glyph) outweighs the few short words read well beside it.
     */
    static double meanConfidence(List<Word> ws) {
        double sum = 0, width = 0;
        for (Word w : ws) {
            sum += w.conf() * Math.max(1, w.width());
            width += Math.max(1, w.width());
        }
        return ws.isEmpty() ? 0 : sum / width;
    }

    /**
     * True when the cell holds one line of ink but no Chinese, or a value wrapped onto more lines in a
     * narrow column: a value to recognise as digits.
     */
    boolean valueLike(int dpi) {
        if (inkBox == null) {
            return false;
        }
        if (lines(dpi)) {
            return wrapped() || valueSlot;
        }
        String text = pageText().replace(" ", "");
        // a lone digit is often taken for a Chinese character; its ink is narrower than a character's
        return !HAN.matcher(text).find()
                || text.length() <= 2 && (inkBox[2] - inkBox[0]) * 4 < (inkBox[3] - inkBox[1]) * 3
                || valueSlot && glyphs() <= ValueSlots.MAX_GLYPHS;
    }

    /** True when the page recognition read one line of digits only here (O for 0, l for 1 taken). */
    boolean readsDigits(int dpi) {
        return inkBox != null && !lines(dpi) && digitLike(pageText().replace(" ", "")).matches("[0-9]+");
    }

    /** True when the page recognition read Chinese here. */
    boolean readsHan() {
        return HAN.matcher(pageText()).find();
    }

    /**
     * True when a cell of more than one line reads as digits, a glyph at most taken for a character: a
     * number too wide for its narrow column, wrapped ({@code 45} as {@code 4} over {@code 5}), not a label.
     */
    boolean wrapped() {
        String text = pageText().replace(" ", "");
        int digits = 0, han = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            digits += ch >= '0' && ch <= '9' ? 1 : 0;
            han += HAN.matcher(String.valueOf(ch)).matches() ? 1 : 0;
        }
        return digits > 0 && han <= 1 && digits > han && text.length() <= 12;
    }

    /**
     * How many glyphs the page recognition found in the cell: digits and characters (a digit taken for a
     * character is still a glyph), without marks and spaces.
     */
    int glyphs() {
        String text = pageText().replace(" ", "");
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            n += Character.isLetterOrDigit(ch) ? 1 : 0;
        }
        return n;
    }

    GridCell slot(Place place) {
        dev.gongkai.model.SourceSpan span = place.span(box[0], box[1], box[2], box[3]);
        if (inkBox == null) {
            return GridCell.of("", span); // no ink: a blank cell, certainly
        }
        if (!valueLike(place.dpi())) {
            return GridCell.of(pageText(), span);
        }
        String page = pageText().replace(" ", "");
        if (HAN.matcher(page).find()) {
            page = ""; // a digit taken for a character: nothing to compare with
        }
        if (digits == null || digits.isEmpty()) {
            if (BLANK_MARK.matcher(page).matches() && inkBox[3] - inkBox[1] < (box[3] - box[1]) / 3) {
                return GridCell.of("—", span); // a flat stroke: a written blank
            }
            if (!lines(place.dpi()) && pageDigits() != null) {
                // the digit looks read nothing (a speck in the crop), the page recognition read digits:
                // a value the sums may confirm, as sure as the page recognition was of it
                return GridCell.of(page, span).uncertain(minConfidence(words) < PageReader.LOW || straddles
                        ? Recognition.LOW_CONFIDENCE : Recognition.UNCHECKED);
            }
            return GridCell.of("", span).uncertain(Recognition.UNREADABLE);
        }
        // fewer digits than the glyphs the page recognition saw: a digit dropped, kept in doubt
        boolean dropped = digits.length() < glyphs();
        if (valueSlot && (confidence < PageReader.LOW || dropped || straddles)) {
            // characters read again as digits without a sure, whole reading: as unread as before, a
            // missing value (a doubted wrong one would break the sums that a missing one leaves open)
            return GridCell.of("", span).uncertain(Recognition.UNREADABLE);
        }
        return GridCell.of(digits, span).uncertain(confidence < PageReader.LOW || !agrees(page) || dropped || straddles
                ? Recognition.LOW_CONFIDENCE : Recognition.UNCHECKED);
    }

    /** The digits the page recognition read in this cell when it read only digits, else {@code null}. */
    String pageDigits() {
        String page = pageText().replace(" ", "");
        return page.matches("[0-9]+") ? page : null;
    }

    /** True when the page recognition read exactly {@code digits} in this cell (O for 0, l for 1). */
    boolean pageReads(String digits) {
        return digitLike(pageText().replace(" ", "")).equals(digits);
    }

    private static String digitLike(String page) {
        return page.replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1').replace('|', '1');
    }

    /** True when the page recognition read the same digits, or nothing digit-like to compare. */
    private boolean agrees(String page) {
        String p = digitLike(page);
        return !p.matches("\\d+") || p.equals(digits);
    }
}
