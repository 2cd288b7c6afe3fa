package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins lines outside tables into paragraphs. A paragraph ends after a line that stops well short of
 * the right margin; a new one starts at an indented line, a heading, a change of font size or a wide
 * vertical gap. Wrapped lines are joined without a break (with a space only between two Latin words).
 */
final class Paragraphs {

    private static final Pattern HEADING = Pattern.compile(
            "\\s*([一二三四五六七八九十]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十]+\\s*[)）]|第[一二三四五六七八九十]+[部分章节条]).*");

    private final float left;
    private final float right;
    private final float font;
    private final float leading;

    private Paragraphs(List<TextLine> lines) {
        float[] lefts = new float[lines.size()], rights = new float[lines.size()], fonts = new float[lines.size()];
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            lefts[i] = Math.round(l.left());
            rights[i] = l.right();
            fonts[i] = l.fontSize();
            if (i > 0 && lines.get(i - 1).page() == l.page()) {
                gaps.add(l.baseline() - lines.get(i - 1).baseline());
            }
        }
        font = median(fonts, 10);
        left = mode(lefts);
        right = percentile(rights, 0.9f);
        float[] g = new float[gaps.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = gaps.get(i);
        }
        leading = median(g, font * 1.5f);
    }

    /** The analysis of a document's lines outside tables. */
    static Paragraphs of(List<TextLine> lines) {
        return new Paragraphs(lines);
    }

    /** True when {@code line} starts a new paragraph after {@code prev} (null at the start or after a table). */
    boolean starts(TextLine prev, TextLine line) {
        if (prev == null) {
            return true;
        }
        float size = line.fontSize();
        if (Math.abs(size - prev.fontSize()) > 0.1f * Math.max(size, prev.fontSize())) {
            return true;
        }
        if (isHeading(line.text())) {
            return true;
        }
        boolean title = size > font * 1.15f;
        if (title) {
            return line.page() != prev.page() || line.baseline() - prev.baseline() > 2 * size;
        }
        if (line.left() > left + 0.8f * size || prev.right() < right - 1.5f * size) {
            return true;
        }
        if (isHeading(prev.text()) && prev.right() < right - 0.5f * size) {
            return true;
        }
        return line.page() == prev.page() && line.baseline() - prev.baseline() > 1.4f * leading;
    }

    static boolean isHeading(String text) {
        return HEADING.matcher(text).matches();
    }

    /** Appends a wrapped line to a paragraph's text. */
    static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() > 0 && latin(paragraph.charAt(paragraph.length() - 1)) && latin(line.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static float median(float[] v, float fallback) {
        return v.length == 0 ? fallback : percentile(v, 0.5f);
    }

    private static float percentile(float[] v, float p) {
        if (v.length == 0) {
            return 0;
        }
        float[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) (p * s.length))];
    }

    private static float mode(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        float best = s.length == 0 ? 0 : s[0];
        int bestCount = 0;
        for (int i = 0; i < s.length; ) {
            int j = i;
            while (j < s.length && s[j] - s[i] <= 1.5f) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = s[i];
            }
            i = j;
        }
        return best;
    }
}
