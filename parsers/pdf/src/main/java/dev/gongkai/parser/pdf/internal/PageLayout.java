package dev.gongkai.parser.pdf.internal;

import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What one page shows: its glyphs and ruling lines (page coordinates, origin top left).
 *
 * @param page the page number, 1-based
 * @param width the page width in points
 * @param height the page height in points
 * @param glyphs the glyphs in content-stream order
 * @param rulings the ruling lines
 * @param images whether the page draws images (a page with images and no text is likely scanned)
 * @param unreadable how many glyphs had no usable Unicode (no ToUnicode map, private-use codes)
 * @param invisible how many glyphs were drawn invisible (text render mode 3: an OCR text layer)
 * @param pictures the images drawn, with their boxes
 */
record PageLayout(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
        boolean images, int unreadable, int invisible, List<Picture> pictures) {

    PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        pictures = List.copyOf(pictures);
    }

    /** An image drawn on the page, and where. */
    record Picture(Box box, PDImageXObject image) {}

    /** The largest picture's share of the page's area (0 without pictures). */
    float pictureCover() {
        float best = 0;
        for (Picture p : pictures) {
            float w = Math.min(p.box().right(), width) - Math.max(p.box().left(), 0);
            float h = Math.min(p.box().bottom(), height) - Math.max(p.box().top(), 0);
            if (w > 0 && h > 0) {
                best = Math.max(best, w * h / (width * height));
            }
        }
        return best;
    }

    /**
     * True when the page is a scan with a text layer: an image covering most of the page under text
     * drawn invisibly (most of its glyphs), as OCR tools make searchable PDFs.
     */
    boolean ocrLayer() {
        return !glyphs.isEmpty() && invisible * 2 >= glyphs.size() + unreadable && pictureCover() >= 0.6f;
    }
}
