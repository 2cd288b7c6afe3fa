package dev.gongkai.layout.internal;

import dev.gongkai.model.Cell;
import dev.gongkai.model.SourceSpan;
import java.math.BigDecimal;

/**
 * Reads a table cell's text as a value: an exact number (full-width digits, thousands separators and
 * units allowed), a blank ({@code —}, {@code /}, {@code -}, {@code 无}), or not a value at all.
 */
public final class ValueReader {

    private static final String[] UNITS = {"万元", "元", "人次", "件", "条", "个", "项", "次", "宗", "笔", "家", "人"};

    private ValueReader() {}

    /**
     * The cell a text stands for: a number, a blank (value {@code null}, raw kept), or {@code null} when
     * the text is not a value (a label, prose). Empty text is a blank.
     */
    public static Cell read(String text, SourceSpan span) {
        long plain = plainDigits(text);
        if (plain >= 0) {
            return Cell.read(BigDecimal.valueOf(plain), text, span);
        }
        String t = compact(text);
        if (t.isEmpty() || isBlankMarker(t)) {
            return Cell.blank(text, span);
        }
        BigDecimal v = number(t);
        return v == null ? null : Cell.read(v, text, span);
    }

    /** The value of a text of 1 to 18 ASCII digits and nothing else, or -1. */
    private static long plainDigits(String text) {
        int n = text.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True when the text is a number (not a blank, not a label). */
    public static boolean isNumber(String text) {
        return number(compact(text)) != null;
    }

    /**
     * True for a page footer or page mark that a table's cells picked up ({@code — 5 —}, {@code - 4 -},
     * {@code 第3页}): never a value, and never a blank.
     */
    public static boolean isPageMark(String text) {
        String t = compact(text);
        int n = t.length();
        if (n < 2 || n > 12) {
            return false;
        }
        int i = 0;
        while (i < n && DASHES.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        int lead = i;
        boolean page = i < n && t.charAt(i) == '第';
        i += page ? 1 : 0;
        int digits = 0;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        if (page) {
            return t.startsWith("页", i) && (i + 1 == n || t.charAt(i + 1) == '共' || t.charAt(i + 1) == '，');
        }
        int trail = 0;
        while (i < n && DASHES.indexOf(t.charAt(i)) >= 0) {
            i++;
            trail++;
        }
        return i == n && lead > 0 && trail > 0;
    }

    private static final String DASHES = "-—–―─－~～_";

    /** True when the text, once compacted, is empty or a blank marker. */
    public static boolean isBlank(String text) {
        String t = compact(text);
        return t.isEmpty() || isBlankMarker(t);
    }

    /** Full-width forms to ASCII, white space removed; the text itself when that changes nothing. */
    private static String compact(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && kept(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != 0x3000 && c != 0xA0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True for a character {@link #compact} keeps as it is. */
    private static boolean kept(char c) {
        return !(c >= 0xFF01 && c <= 0xFF5E) && !Character.isWhitespace(c) && c != 0x3000 && c != 0xA0;
    }

    private static boolean isBlankMarker(String t) {
        if (t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("-—–―─/\\无／、.".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The number in a compacted text, or {@code null}. */
    static BigDecimal number(String t) {
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        int end = t.length();
        char last = t.charAt(end - 1);
        for (int k = 0; k < UNITS.length && (last < '0' || last > '9'); k++) {
            String u = UNITS[k];
            if (t.endsWith(u) && end > u.length()) {
                end -= u.length();
                break;
            }
        }
        int i = 0;
        char first = t.charAt(0);
        boolean minus = first == '-' || first == '−' || first == '－';
        if (minus || first == '+') {
            i++;
        }
        int digits = 0;
        int groupDigits = -1;
        boolean dot = false;
        boolean commas = false;
        for (int k = i; k < end; k++) {
            char c = t.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
                if (groupDigits >= 0 && !dot) {
                    groupDigits++;
                }
            } else if (c == ',' && !dot && digits > 0) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return null;
                }
                groupDigits = 0;
                commas = true;
            } else if (c == '.' && !dot && digits > 0) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return null;
                }
                groupDigits = -1;
                dot = true;
            } else {
                return null;
            }
        }
        if (digits == 0 || (groupDigits >= 0 && groupDigits != 3) || t.charAt(end - 1) == '.') {
            return null;
        }
        if (i == 0 && !commas && end == t.length()) {
            return new BigDecimal(t); // digits and at most one inner dot
        }
        StringBuilder b = new StringBuilder(end - i + 1);
        if (minus) {
            b.append('-');
        }
        for (int k = i; k < end; k++) {
            char c = t.charAt(k);
            if (c != ',') {
                b.append(c);
            }
        }
        return new BigDecimal(b.toString());
    }
}
