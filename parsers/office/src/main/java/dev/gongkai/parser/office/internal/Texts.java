package dev.gongkai.parser.office.internal;

import java.util.List;

/** Small text helpers shared by the readers. Not API. */
final class Texts {
    private Texts() {}

    /** Joins the non-blank parts with {@code \n}. */
    static String joinLines(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    /**
     * The text of a table cell: {@code ""} when it holds only white space, including no-break and
     * ideographic spaces (an {@code &nbsp;} carried over from HTML), else as it is.
     */
    static String cell(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u00a0' && ch != '\u3000' && ch != '\u2007' && ch != '\u202f') {
                return s;
            }
        }
        return "";
    }

    /** Line breaks as {@code \n}; other control characters except tab dropped. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (ch == '\u000b') {
                b.append('\n');
            } else if (ch == '\t' || ch == '\n' || ch >= ' ') {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
