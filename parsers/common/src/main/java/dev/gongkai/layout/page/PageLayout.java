package dev.gongkai.layout.page;

import java.util.List;

/**
 * What one page shows: its glyphs and ruling lines (page coordinates in points, origin top left), as a
 * fixed-layout reader (PDF, OFD) collects them for {@link PageBlocks}.
 *
 * @since 0.1
 *
 * @param page the page number, 1-based
 * @param width the page width in points
 * @param height the page height in points
 * @param glyphs the glyphs in content-stream order
 * @param rulings the ruling lines
 * @param images whether the page draws images (a page with images and no text is likely scanned)
 * @param unreadable how many glyphs had no usable Unicode (no ToUnicode map, private-use codes)
 */
public record PageLayout(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
        boolean images, int unreadable) {

    public PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
