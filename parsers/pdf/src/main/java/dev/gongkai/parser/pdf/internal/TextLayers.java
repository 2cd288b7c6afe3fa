package dev.gongkai.parser.pdf.internal;

import dev.gongkai.layout.page.Glyph;
import dev.gongkai.layout.page.PageLayout;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds pages whose text layer cannot be trusted: fonts whose character map sends codes to the wrong
 * characters, as Ghostscript's Type 3 fonts re-distilled from a browser's PDF do (full-width digits
 * read as {@code ÿ Ā ā}, {@code 务} as {@code ó}). A Chinese report has no use for the accented Latin
 * letters of Latin-1 and Latin Extended-A/B; a page where they make at least {@link #MIN_SHARE} of the
 * glyphs (and at least {@link #MIN_GLYPHS} of them) is garbled, and so, once one page is, is every other
 * page of the document holding any (the same fonts print every page). The glyph names of those fonts
 * are the source font's glyph ids, not characters, so the right text cannot be recovered from the file.
 * Not API.
 */
final class TextLayers {

    /** Implausible letters on a page at least this share of its glyphs make it garbled. */
    static final double MIN_SHARE = 0.01;

    /** Fewer implausible letters than this never make a page garbled on their own. */
    static final int MIN_GLYPHS = 3;

    private TextLayers() {}

    /** The pages (1-based) whose text layer is garbled. */
    static Set<Integer> garbled(List<PageLayout> pages) {
        Set<Integer> out = new TreeSet<>();
        int[] implausible = new int[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            PageLayout page = pages.get(i);
            implausible[i] = implausible(page.glyphs());
            if (implausible[i] >= MIN_GLYPHS && implausible[i] >= MIN_SHARE * page.glyphs().size()) {
                out.add(page.page());
            }
        }
        if (!out.isEmpty()) {
            for (int i = 0; i < pages.size(); i++) {
                if (implausible[i] > 0) {
                    out.add(pages.get(i).page());
                }
            }
        }
        return out;
    }

    /** How many glyphs are letters a Chinese report does not use. */
    static int implausible(List<Glyph> glyphs) {
        int n = 0;
        for (Glyph g : glyphs) {
            String s = g.text();
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (implausible(c)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** An accented Latin letter (Latin-1 Supplement, Latin Extended-A and -B); × and ÷ are signs. */
    static boolean implausible(int c) {
        return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
    }
}
