package dev.gongkai.parser.ocr.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.page.Glyph;
import dev.gongkai.layout.page.PageBlocks;
import dev.gongkai.layout.page.PageLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page image holding a table without drawn lines: its recognised words become the glyphs of a page
 * layout, whose tables the PDF reader's column alignment finds (one way of rebuilding a borderless
 * table for every format). Every number in them is {@link Recognition#UNCHECKED} for the template's
 * sums to confirm, as in a ruled table. Not API.
 */
final class Borderless {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    /** Lines holding at least this many numbers make a page tabular. */
    private static final int NUMBERS = 3;
    /** How many such lines. */
    private static final int LINES = 4;

    private Borderless() {}

    /** True when the page holds several lines of three numbers or more: a table without lines. */
    static boolean tabular(List<Word> words) {
        int rows = 0;
        for (List<Word> line : byLine(words)) {
            int n = 0;
            for (Word w : line) {
                if (NUMBER.matcher(w.text()).matches()) {
                    n++;
                }
            }
            if (n >= NUMBERS) {
                rows++;
            }
        }
        return rows >= LINES;
    }

    /** The page's blocks, its tables by column alignment. */
    static List<Block> blocks(List<Word> words, Place place, int width, int height) {
        float k = 72f / place.dpi();
        List<Glyph> glyphs = new ArrayList<>();
        for (Word w : words) {
            String t = w.text();
            int n = t.codePointCount(0, t.length());
            float each = (float) w.width() / n;
            int i = 0;
            for (int off = 0; off < t.length(); off = t.offsetByCodePoints(off, 1), i++) {
                String ch = new String(Character.toChars(t.codePointAt(off)));
                glyphs.add(new Glyph(ch, (w.left() + i * each) * k, w.bottom() * k, each * k, w.height() * k,
                        w.height() * k));
            }
        }
        PageLayout layout = new PageLayout(place.page() <= 0 ? 1 : place.page(), width * k, height * k, glyphs,
                List.of(), true, 0);
        List<Block> out = new ArrayList<>();
        for (Block b : PageBlocks.of(List.of(layout))) {
            out.add(b instanceof Table t ? unchecked(t) : b);
        }
        return out;
    }

    /** The table with every number marked recognised and unchecked. */
    private static Table unchecked(Table t) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            List<GridCell> r = new ArrayList<>();
            for (GridCell c : row) {
                r.add(NUMBER.matcher(c.text().strip()).matches() && c.isCertain()
                        ? c.uncertain(Recognition.UNCHECKED) : c);
            }
            rows.add(r);
        }
        return new Table(rows, t.kind(), t.span());
    }

    private static List<List<Word>> byLine(List<Word> words) {
        java.util.Map<String, List<Word>> m = new java.util.LinkedHashMap<>();
        for (Word w : words) {
            m.computeIfAbsent(w.block() + "/" + w.par() + "/" + w.line(), x -> new ArrayList<>()).add(w);
        }
        return new ArrayList<>(m.values());
    }
}
