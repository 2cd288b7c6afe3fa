package dev.gongkai.parser.pdf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Pages;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages without a text layer (scans) recognised by the installed {@link ImageRecognizer}: each page is
 * rendered in grey at the resolution of its largest image (kept between 200 and 300 dpi), then
 * recognised; pages run in parallel ({@link Pages}), rendering one at a time. Not API.
 */
final class ScannedPages {

    static final int MIN_DPI = 200;
    static final int MAX_DPI = 300;

    private ScannedPages() {}

    /** The blocks of each listed page (1-based numbers), in the order given. */
    static List<List<Block>> recognise(PDDocument document, List<Integer> pages, ImageRecognizer recognizer)
            throws UnreadableDocumentException {
        PDFRenderer renderer = new PDFRenderer(document);
        return Pages.each(pages.size(), i -> {
            int page = pages.get(i);
            BufferedImage image;
            int dpi;
            synchronized (document) {
                dpi = dpi(document.getPage(page - 1));
                try {
                    image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                            "page " + page + " cannot be rendered: " + e.getMessage(), e);
                }
            }
            return recognizer.recognise(image, new ImageRecognizer.ImageOrigin(page, null, dpi), ParseContext.defaults());
        });
    }

    /** The resolution of the page's largest image, within {@link #MIN_DPI}–{@link #MAX_DPI}. */
    static int dpi(PDPage page) {
        int best = 0;
        try {
            PDResources res = page.getResources();
            if (res != null) {
                for (COSName n : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(n);
                    if (x instanceof PDImageXObject img) {
                        float inches = page.getMediaBox().getWidth() / 72f;
                        best = Math.max(best, Math.round(img.getWidth() / inches));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable resource: the default resolution
        }
        return best == 0 ? MAX_DPI : Math.max(MIN_DPI, Math.min(MAX_DPI, best));
    }
}
