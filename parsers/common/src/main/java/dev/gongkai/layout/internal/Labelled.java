package dev.gongkai.layout.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled fields of the lines around a title: a crawler's header ({@code 标题:}, {@code 发布时间:},
 * {@code 发布机构:}) and a page's line under the title ({@code 发布日期：2020-01-31 来源：市政府办}). The
 * first of each kind is kept; a value runs to the next label or the line's end.
 */
final class Labelled {

    /** Only so many lines, and so many characters of each, are read (a header stands at the top). */
    private static final int LINES = 12;
    private static final int CHARS = 400;

    private static final Pattern LABEL = Pattern.compile( // the lookahead spares trying each label at each place
            "(?=[文标题发公成日信来])(文章标题|标题|题目|发布日期|发布时间|公开日期|发文日期|成文日期|日期|发布机构|发布单位|发文机关|发文单位|信息来源|来源)\\s*[:：]\\s*");

    String title;
    LocalDate date;
    String publisher;

    private Labelled() {}

    static Labelled scan(List<String> lines) {
        Labelled l = new Labelled();
        int n = 0;
        for (String text : lines) {
            for (int from = 0; from < text.length(); ) {
                int end = text.indexOf('\n', from);
                if (end < 0) {
                    end = text.length();
                }
                if (!text.substring(from, Math.min(end, from + 1 + CHARS)).isBlank()) {
                    if (n++ >= LINES) {
                        return l;
                    }
                    l.line(text.substring(from, Math.min(end, from + CHARS)));
                }
                from = end + 1;
            }
        }
        return l;
    }

    private void line(String line) {
        if (line.indexOf('：') < 0 && line.indexOf(':') < 0) {
            return; // no label without its colon
        }
        Matcher m = LABEL.matcher(line);
        int start = -1;
        String label = null;
        while (true) {
            boolean found = m.find();
            if (label != null) {
                value(label, line.substring(start, found ? m.start() : line.length()).strip());
            }
            if (!found) {
                return;
            }
            label = m.group(1);
            start = m.end();
        }
    }

    private void value(String label, String v) {
        if (v.isEmpty()) {
            return;
        }
        switch (label) {
            case "文章标题", "标题", "题目" -> {
                if (title == null) {
                    title = v.length() > Titles.MAX ? firstWord(v) : v;
                }
            }
            case "发布机构", "发布单位", "发文机关", "发文单位", "信息来源", "来源" -> {
                if (publisher == null) {
                    publisher = firstWord(v);
                }
            }
            default -> {
                if (date == null) {
                    date = Dates.loose(v);
                }
            }
        }
    }

    private static String firstWord(String v) {
        int i = 0;
        while (i < v.length() && !Character.isWhitespace(v.charAt(i)) && v.charAt(i) != 0x3000) {
            i++;
        }
        return v.substring(0, i);
    }
}
