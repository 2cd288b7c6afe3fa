package dev.gongkai.parser.ocr;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Recognition;
import dev.gongkai.parser.ocr.internal.PageReader;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * The OCR engine behind {@link ImageRecognizer}: Tesseract's command line ({@link Tesseract}). A page is
 * deskewed (up to ±2°); its ruling lines give the tables' cell grids; its text is recognised with the
 * lines erased (prose, and labels placed into cells by their boxes); value cells are cut inside their
 * lines and recognised as digits. Every recognised value is uncertain ({@link Recognition}) until the
 * template's arithmetic confirms it. Thread-safe; one engine process at a time per image (how many images
 * are recognised at once is bounded by {@link dev.gongkai.layout.RecognitionWork} when called through it).
 *
 * @since 0.2
 */
public final class TesseractRecognizer implements ImageRecognizer {

    @Override
    public List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context)
            throws UnreadableDocumentException {
        try {
            return PageReader.read(image, origin.page(), origin.path(), origin.dpi());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, "the image"
                    + (origin.page() > 0 ? " of page " + origin.page() : "") + " could not be recognised: "
                    + e.getMessage(), e);
        }
    }
}
