package dev.gongkai.layout.internal.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A row's tokens, normalised and laid end to end: digits, {@code '-'}, {@code '.'} and {@link #BLANK}
 * for a token that is a blank marker. A cell never spans a token boundary.
 */
final class Run {
    /** Stands for a whole token that marks a blank cell. */
    static final char BLANK = 'B';

    private static final Set<String> BLANK_MARKERS =
            Set.of("—", "——", "-", "--", "－", "－－", "–", "―", "/", "／", "无", "\\");

    private final char[] chars;
    private final boolean[] boundary;
    private final int[] startsFrom;
    private final List<String> tokens;

    private Run(char[] chars, boolean[] boundary, List<String> tokens) {
        this.chars = chars;
        this.boundary = boundary;
        this.tokens = tokens;
        this.startsFrom = new int[chars.length + 1];
        for (int i = chars.length - 1; i >= 0; i--) {
            startsFrom[i] = startsFrom[i + 1] + (boundary[i] ? 1 : 0);
        }
    }

    /**
     * Normalises tokens (full-width digits and signs, blank markers; whitespace inside a token splits
     * it).
     *
     * @throws IllegalArgumentException naming the token when one holds anything but a number run
     */
    static Run of(List<String> raw) {
        List<String> tokens = new ArrayList<>();
        for (String t : raw) {
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i <= t.length(); i++) {
                char c = i < t.length() ? t.charAt(i) : ' ';
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                    if (cur.length() > 0) {
                        tokens.add(cur.toString());
                        cur.setLength(0);
                    }
                } else {
                    cur.append(c);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        List<Boolean> starts = new ArrayList<>();
        for (String t : tokens) {
            if (BLANK_MARKERS.contains(t)) {
                sb.append(BLANK);
                starts.add(true);
                continue;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = normalise(t.charAt(i));
                if (!(c >= '0' && c <= '9') && c != '-' && c != '.') {
                    throw new IllegalArgumentException("'" + t + "' is not a run of numbers");
                }
                sb.append(c);
                starts.add(i == 0);
            }
        }
        char[] chars = sb.toString().toCharArray();
        boolean[] boundary = new boolean[chars.length + 1];
        for (int i = 0; i < chars.length; i++) {
            boundary[i] = starts.get(i);
        }
        boundary[chars.length] = true;
        return new Run(chars, boundary, List.copyOf(tokens));
    }

    private static char normalise(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        switch (c) {
            case '－':
            case '−':
            case '‐':
            case '–':
                return '-';
            case '．':
                return '.';
            default:
                return c;
        }
    }

    int length() {
        return chars.length;
    }

    char at(int i) {
        return chars[i];
    }

    boolean isDigit(int i) {
        return i < chars.length && chars[i] >= '0' && chars[i] <= '9';
    }

    /** True when a token boundary lies just before {@code i} (and at the end). */
    boolean boundaryAt(int i) {
        return boundary[i];
    }

    /** The fewest cells the text from {@code pos} on can make: one per token piece. */
    int minCells(int pos) {
        return pos == chars.length ? 0 : startsFrom[pos] + (boundary[pos] ? 0 : 1);
    }

    /**
     * Where the number {@code value} (of {@code digits} digits, ≥ 0) ends when it stands at {@code
     * pos} within one token; -1 when it does not stand there.
     */
    int numberEnd(int pos, long value, int digits) {
        int end = pos + digits;
        if (end > chars.length) {
            return -1;
        }
        long v = value;
        for (int i = end - 1; i >= pos; i--) {
            if (chars[i] != (char) ('0' + v % 10) || (i > pos && boundary[i])) {
                return -1;
            }
            v /= 10;
        }
        return end;
    }

    /** The blank marker token that position {@code i} (a {@link #BLANK}) stands for. */
    String blankToken(int i) {
        return tokens.get(tokens.size() - startsFrom[i]);
    }

    String text(int from, int to) {
        return new String(chars, from, to - from);
    }

    /** The tokens as read, space-separated, for messages. */
    String display() {
        return String.join(" ", tokens);
    }
}
