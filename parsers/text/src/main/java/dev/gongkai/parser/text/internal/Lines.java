package dev.gongkai.parser.text.internal;

/** Line classification for the text layout. */
final class Lines {

    private Lines() {}

    static String[] split(String text) {
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        int n = 1;
        for (int k = t.indexOf('\n'); k >= 0; k = t.indexOf('\n', k + 1)) {
            n++;
        }
        String[] lines = new String[n];
        int from = 0;
        for (int j = 0; j < n - 1; j++) {
            int k = t.indexOf('\n', from);
            lines[j] = t.substring(from, k);
            from = k + 1;
        }
        lines[n - 1] = t.substring(from);
        return lines;
    }

    static boolean isTabCell(String l) {
        return !l.isEmpty() && l.charAt(0) == '\t';
    }

    static boolean isMarkdownRow(String l) {
        String s = l.strip();
        return s.length() > 1 && s.charAt(0) == '|' && s.indexOf('|', 1) > 0;
    }

    static boolean isPipeCell(String l) {
        String s = l.strip();
        return s.length() > 1 && s.charAt(s.length() - 1) == '|' && s.charAt(0) != '|';
    }

    /** A line holding only {@code |} (an empty cell of a {@code |}-terminated stream). */
    static boolean isLonePipe(String l) {
        String s = l.strip();
        return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(c -> c == '|' || c == ' ');
    }

    /** A page footer or bare page number: {@code — 5 —}, {@code - 4 -}, {@code 第 3 页}, {@code 12}. */
    static boolean isFooter(String l) {
        String s = l.strip();
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        int digits = 0;
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("-—–－―".indexOf(c) >= 0) {
                dashes++;
            } else if (c != ' ' && c != '第' && c != '页' && c != '/' && c != '共') {
                return false;
            }
        }
        return digits > 0 && digits <= 3 && (dashes >= 2 || s.indexOf('页') >= 0);
    }

    static int indent(String l) {
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Markdown heading marks and bold markers removed. */
    static String stripMarkup(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '#') {
            i++;
        }
        String t = s.substring(i).strip();
        if (t.startsWith("**") && t.endsWith("**") && t.length() > 4) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return t;
    }

    /** A section heading line (一、… 六、), which never continues a table cell. */
    static boolean isHeading(String l) {
        String s = l.strip();
        return s.length() > 1 && "一二三四五六七八九十".indexOf(s.charAt(0)) >= 0
                && "、.．,，".indexOf(s.charAt(1)) >= 0;
    }
}
