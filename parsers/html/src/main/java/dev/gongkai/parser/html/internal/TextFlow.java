package dev.gongkai.parser.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates the text of HTML as a browser lays it out: runs of white space collapse to one space; a
 * line break in the source between two Chinese characters disappears (as CSS does for segment breaks
 * in Chinese text; here also next to one Chinese character, so Word's wrapped source lines split
 * neither words nor {@code 2件}); {@code &nbsp;} is a space that
 * does not collapse; {@code <br>} and block boundaries end a line. Lines come back trimmed, without
 * empty ones.
 */
final class TextFlow {

    private final int maxChars;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private boolean pendingSegmentBreak;
    private int chars;

    /** A flow keeping at most {@code maxChars} characters (more are dropped). */
    TextFlow(int maxChars) {
        this.maxChars = maxChars;
    }

    TextFlow() {
        this(Integer.MAX_VALUE);
    }

    /** Appends collapsible text (the content of a text node outside {@code <pre>}). */
    void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (line.length() > 0) {
                    pendingSpace = true;
                    pendingSegmentBreak |= c == '\n' || c == '\r';
                }
            } else {
                append(c == '\u00a0' ? ' ' : c);
            }
        }
    }

    private void append(char c) {
        if (chars >= maxChars) {
            return;
        }
        if (pendingSpace) {
            char prev = line.charAt(line.length() - 1);
            if (!(pendingSegmentBreak && (isWide(prev) || isWide(c)))) {
                line.append(' ');
            }
            pendingSpace = false;
            pendingSegmentBreak = false;
        }
        line.append(c);
        chars++;
    }

    /** Ends the current line ({@code <br>}, or a block boundary inside a cell). */
    void lineBreak() {
        lines.add(line.toString());
        line.setLength(0);
        pendingSpace = false;
        pendingSegmentBreak = false;
    }

    /** The lines written since the last call, trimmed, empty ones dropped; the flow is then empty. */
    List<String> take() {
        if (line.length() > 0) {
            lineBreak();
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String s = stripped(l);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        lines.clear();
        line.setLength(0);
        pendingSpace = false;
        pendingSegmentBreak = false;
        return out;
    }

    /** Trims white space, no-break spaces and ideographic spaces from both ends. */
    static String stripped(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }

    /** Characters between which a source line break is dropped: CJK ideographs, kana, full-width forms and CJK punctuation. */
    static boolean isWide(char c) {
        return (c >= '\u2e80' && c <= '\u9fff')
                || (c >= '\uf900' && c <= '\ufaff')
                || (c >= '\ufe30' && c <= '\ufe4f')
                || (c >= '\uff00' && c <= '\uffef')
                || (c >= '\u2018' && c <= '\u201d')
                || c == '\u2014' || c == '\u2026' || c == '\u00b7';
    }
}
