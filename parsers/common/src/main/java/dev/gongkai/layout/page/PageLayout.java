package dev.gongkai.layout.page;

import java.util.List;
import java.awt.image.BufferedImage;
import java.util.function.Supplier;

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
 * @param invisible how many glyphs were drawn invisible (text render mode 3: an OCR text layer)
 * @param pictures the images drawn, with their boxes
 */
public record PageLayout(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
        boolean images, int unreadable, int invisible, List<Picture> pictures) {

    public PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        pictures = List.copyOf(pictures);
    }

    /** A page without images nor invisible text, as a reader that has neither gives it. */
    public PageLayout(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
            boolean images, int unreadable) {
        this(page, width, height, glyphs, rulings, images, unreadable, 0, List.of());
    }

    /**
     * An image drawn on the page, and where.
     *
     * @param box where it is drawn, in page coordinates
     * @param pixelWidth its width in pixels
     * @param image decodes it when it is needed ({@code null} from the supplier when it cannot be)
     */
    public record Picture(Box box, int pixelWidth, Supplier<BufferedImage> image) {}

    /** The largest picture's share of the page's area (0 without pictures). */
    public float pictureCover() {
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
    public boolean ocrLayer() {
        return !glyphs.isEmpty() && invisible * 2 >= glyphs.size() + unreadable && pictureCover() >= 0.6f;
    }
}
