package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into {@link TextLine}s, top to bottom. */
final class Lines {

    private Lines() {}

    static List<TextLine> of(List<Glyph> glyphs, int page) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = null;
        float center = 0;
        float height = 0;
        for (Glyph g : sorted) {
            if (current != null && g.centerY() - center <= Math.max(height, g.height()) / 2) {
                current.add(g);
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            groups.add(current);
            center = g.centerY();
            height = g.height();
        }
        List<TextLine> out = new ArrayList<>(groups.size());
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            TextLine line = new TextLine(group, page);
            if (!line.text().isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    /** The text of glyphs inside one cell: its lines joined with {@code \n}. */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : of(glyphs, 0)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(l.text());
        }
        return b.toString();
    }
}
