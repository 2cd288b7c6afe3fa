package dev.gongkai.parser.ocr.internal;

import dev.gongkai.layout.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The prose of a page from its recognised words: words joined into the engine's lines (no space
 * between Chinese characters), lines into paragraphs where a line ends short, a gap opens or a
 * numbered heading starts. Not API.
 */
final class TextLines {

    /** A line of text and its box. */
    record TextLine(String text, int left, int top, int right, int bottom) {}

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[、.．](?!\\d)).*");

    private TextLines() {}

    static List<TextLine> lines(List<Word> words) {
        Map<String, List<Word>> byLine = new LinkedHashMap<>();
        for (Word w : words) {
            byLine.computeIfAbsent(w.block() + "/" + w.par() + "/" + w.line(), k -> new ArrayList<>()).add(w);
        }
        List<TextLine> out = new ArrayList<>();
        for (List<Word> ws : byLine.values()) {
            ws.sort((a, b) -> Integer.compare(a.left(), b.left()));
            StringBuilder s = new StringBuilder();
            int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = 0, b = 0;
            Word prev = null;
            for (Word w : ws) {
                if (prev != null && needsSpace(prev.text(), w.text())) {
                    s.append(' ');
                }
                s.append(w.text());
                l = Math.min(l, w.left());
                t = Math.min(t, w.top());
                r = Math.max(r, w.right());
                b = Math.max(b, w.bottom());
                prev = w;
            }
            out.add(new TextLine(s.toString(), l, t, r, b));
        }
        out.sort((a, b) -> Integer.compare(a.top(), b.top()));
        return out;
    }

    /** Lines joined into paragraphs. */
    static List<Paragraph> paragraphs(List<TextLine> lines, Place place) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        int right = 0, left = Integer.MAX_VALUE;
        long heights = 0;
        for (TextLine l : lines) {
            right = Math.max(right, l.right());
            left = Math.min(left, l.left());
            heights += l.bottom() - l.top();
        }
        int lineHeight = (int) Math.max(1, heights / lines.size());
        StringBuilder text = new StringBuilder();
        TextLine first = null, prev = null;
        for (TextLine l : lines) {
            boolean starts = prev == null || prev.right() < right - 2 * lineHeight
                    || l.top() - prev.bottom() > lineHeight * 1.2 || HEADING.matcher(l.text()).matches()
                    || l.left() > left + lineHeight;
            if (starts && first != null) {
                out.add(new Paragraph(text.toString(), place.span(first.left(), first.top(), first.right(),
                        first.bottom())));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = l;
            } else if (needsSpace(text.toString(), l.text())) {
                text.append(' ');
            }
            text.append(l.text());
            prev = l;
        }
        out.add(new Paragraph(text.toString(), place.span(first.left(), first.top(), first.right(), first.bottom())));
        return out;
    }

    private static boolean needsSpace(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char a = before.charAt(before.length() - 1), b = after.charAt(0);
        return a < 128 && b < 128 && Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
    }
}
