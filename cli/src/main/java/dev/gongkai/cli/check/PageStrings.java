package dev.gongkai.cli.check;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string table of report.html's data: each distinct string (a rule id, a code, an organ, a folder, a
 * message with its numbers taken out) is written once and referred to by its index. A message's numbers
 * vary from report to report ({@code 12 ≠ 11}); taken out as {@code \u0001} they leave one template per
 * kind of message, so the table grows with the kinds of finding, not with the files.
 */
final class PageStrings {
    /** Stands for a number taken out of a message. */
    static final char HOLE = '\u0001';

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The index of a string, {@code -1} for {@code null}. */
    int index(String s) {
        if (s == null) {
            return -1;
        }
        Integer i = index.get(s);
        if (i == null) {
            i = strings.size();
            index.put(s, i);
            strings.add(s);
        }
        return i;
    }

    /**
     * A message as the index of its template and its numbers joined by commas, e.g.
     * {@code 表三 12 ≠ 11} as ({@code 表三 \u0001 ≠ \u0001}, {@code "12,11"}).
     */
    Object[] template(String message) {
        if (message == null) {
            return new Object[] {-1, ""};
        }
        StringBuilder t = new StringBuilder(message.length());
        StringBuilder nums = new StringBuilder();
        int n = message.length();
        int holes = 0;
        for (int i = 0; i < n; ) {
            char c = message.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && message.charAt(j) >= '0' && message.charAt(j) <= '9') {
                    j++;
                }
                if (holes++ > 0) {
                    nums.append(',');
                }
                nums.append(message, i, j);
                t.append(HOLE);
                i = j;
            } else {
                t.append(c == HOLE ? ' ' : c);
                i++;
            }
        }
        return new Object[] {index(t.toString()), nums.toString()};
    }

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("s");
        for (String s : strings) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
