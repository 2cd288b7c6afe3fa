package dev.gongkai.parser.pdf.internal;

import dev.gongkai.layout.page.Box;
import dev.gongkai.layout.page.Glyph;
import dev.gongkai.layout.page.PageLayout;
import dev.gongkai.layout.page.PathRecorder;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects each page's glyphs (with positions) and ruling lines in one pass over its content stream:
 * PDFBox's text stripper with the path operators added. The stripper's own line building and writing
 * is skipped; pages are handed over as {@link PageLayout}s.
 */
final class PageCollector extends PDFTextStripper {

    private final PathRecorder paths = new PathRecorder();
    private final List<PageLayout> pages = new ArrayList<>();
    private PDRectangle box;
    private boolean images;
    private int invisible;
    private final List<PageLayout.Picture> pictures = new ArrayList<>();

    PageCollector() {
        super();
        PathOperator.register(this, paths);
        ImageOperator.register(this, this::drawn);
        setSortByPosition(false);
    }

    /** Reads every page of a document. */
    static List<PageLayout> collect(PDDocument document) throws IOException {
        PageCollector c = new PageCollector();
        c.writeText(document, new StringWriter());
        return List.copyOf(c.pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        box = page.getCropBox();
        paths.startPage(box.getLowerLeftX(), box.getUpperRightY());
        images = hasImages(page.getResources());
        invisible = 0;
        pictures.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++; // text drawn without fill or stroke: a text layer over an image (OCR)
        }
        super.processTextPosition(text);
    }

    private void drawn(ImageOperator.Drawn d) {
        float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = -Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = d.ctm().transformPoint(corner[0], corner[1]);
            float x = p.x - box.getLowerLeftX(), y = box.getUpperRightY() - p.y;
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        pictures.add(new PageLayout.Picture(new Box(left, top, right, bottom), d.image().getWidth(),
                () -> load(d.image())));
    }

    private static BufferedImage load(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
        try {
            return image.getImage();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        int unreadable = 0;
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) {
                    continue;
                }
                if (!readable(u)) {
                    unreadable++;
                    continue;
                }
                float size = Math.abs(t.getFontSizeInPt());
                if (size <= 0) {
                    size = Math.abs(t.getHeightDir());
                }
                float h = Math.max(Math.abs(t.getHeightDir()), size / 3);
                glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), h, size));
            }
        }
        pages.add(new PageLayout(getCurrentPageNo(), box.getWidth(), box.getHeight(), glyphs,
                paths.rulings(), images, unreadable, invisible, pictures));
    }

    private static boolean readable(String u) {
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0xFFFD || c >= 0xE000 && c <= 0xF8FF || Character.isISOControl(c) && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }
}
