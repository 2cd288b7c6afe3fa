package dev.gongkai.parser.html.internal;

/**
 * The HTML markers of a document's head read as ISO-8859-1, found without lower-casing a copy of the
 * head: {@link HtmlReportParser#markup} of the lower-cased head, the same score. In ISO-8859-1 only the
 * letters A–Z lower-case to ASCII, so a marker (all ASCII, lower case) is found where each of its
 * letters stands in either case. Choosing a reader asks this of every file.
 */
final class AsciiMarkers {

    private AsciiMarkers() {}

    /** The markup score of a head decoded as ISO-8859-1 (a UTF-8 byte order mark is skipped). */
    static int markup(String head) {
        int from = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        int start = from;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
            start++;
        }
        if (at(head, start, "<!doctype html") || at(head, start, "<html")) {
            return HtmlReportParser.SCORE_MARKUP_START;
        }
        if (tag(head, from) || contains(head, from, "multipart/related") && contains(head, from, "text/html")) {
            return HtmlReportParser.SCORE_MARKUP_INSIDE;
        }
        return 0;
    }

    /** Whether {@code <html}, {@code <body} or {@code <table} stands anywhere from {@code from}. */
    private static boolean tag(String s, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (at(s, i, "<html") || at(s, i, "<body") || at(s, i, "<table")) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String s, int from, String marker) {
        int last = s.length() - marker.length();
        for (int i = from; i <= last; i++) {
            if (at(s, i, marker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case ASCII marker stands at {@code i}, its letters in either case. */
    static boolean at(String s, int i, String marker) {
        if (i + marker.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            char m = marker.charAt(k);
            char c = s.charAt(i + k);
            if (c != m && !(m >= 'a' && m <= 'z' && c == m - 32)) {
                return false;
            }
        }
        return true;
    }
}
