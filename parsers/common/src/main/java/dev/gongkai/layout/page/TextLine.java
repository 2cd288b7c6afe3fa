package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/** Glyphs sharing a baseline, left to right. */
final class TextLine {

    /** A gap wider than this many font sizes between two wide (CJK) glyphs is a space. */
    private static final float WIDE_SPACE = 1.0f;
    /** A gap wider than this many font sizes next to a narrow glyph is a space. */
    private static final float NARROW_SPACE = 0.25f;
    /** A gap wider than this many font sizes separates two runs (table cells without rulings). */
    static final float RUN_GAP = 0.6f;

    private final List<Glyph> glyphs;
    private final int page;
    private String text;

    TextLine(List<Glyph> glyphs, int page) {
        this.glyphs = List.copyOf(glyphs);
        this.page = page;
    }

    int page() {
        return page;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    float left() {
        return glyphs.get(0).x();
    }

    float right() {
        return glyphs.get(glyphs.size() - 1).right();
    }

    float top() {
        float t = Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            t = Math.min(t, g.top());
        }
        return t;
    }

    float baseline() {
        return glyphs.get(0).baseline();
    }

    float fontSize() {
        float max = 0;
        for (Glyph g : glyphs) {
            max = Math.max(max, g.fontSize());
        }
        return max;
    }

    Box box() {
        float bottom = 0;
        for (Glyph g : glyphs) {
            bottom = Math.max(bottom, g.baseline());
        }
        return new Box(left(), top(), right(), bottom);
    }

    /** The text, with a space where glyphs stand apart. */
    String text() {
        if (text == null) {
            text = join(glyphs);
        }
        return text;
    }

    /** The line split where glyphs stand far apart: the cells of an unruled table row. */
    List<TextLine> runs() {
        List<TextLine> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1), b = glyphs.get(i);
            if (b.x() - a.right() > RUN_GAP * Math.max(a.fontSize(), b.fontSize())) {
                out.add(new TextLine(glyphs.subList(from, i), page));
                from = i;
            }
        }
        out.add(from == 0 ? this : new TextLine(glyphs.subList(from, glyphs.size()), page));
        out.removeIf(r -> r.text().isBlank());
        return out;
    }

    static String join(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && !g.isSpace() && !prev.isSpace()) {
                float gap = g.x() - prev.right();
                float em = Math.max(g.fontSize(), prev.fontSize());
                float factor = g.isWide() && prev.isWide() ? WIDE_SPACE : NARROW_SPACE;
                if (gap > factor * em) {
                    b.append(' ');
                }
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString().strip().replaceAll(" {2,}", " ");
    }

    @Override
    public String toString() {
        return text();
    }
}
