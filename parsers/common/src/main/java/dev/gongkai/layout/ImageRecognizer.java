package dev.gongkai.layout;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Recognises the text and tables in an image — a scanned page, or a picture pasted into a document —
 * as {@link Block}s for the {@link TemplateInterpreter}, as a format reader does for its format. An OCR
 * engine plugs in here through {@link ServiceLoader}; a reader that meets an image (a PDF page without
 * a text layer, a table pasted as a picture into a Word file) hands it to the {@link #installed()}
 * recogniser, and says that the image could not be read when none is installed.
 *
 * <p>Recognised text is never certain by itself: the blocks carry {@link GridCell#uncertainty()} on
 * every slot that no check confirmed.
 *
 * @since 0.2
 */
public interface ImageRecognizer {

    /**
     * The blocks recognised in one image, in reading order.
     *
     * @param image the image, at the resolution the caller rendered or found it
     * @param origin where the image is: its page (1-based, {@code 0} when the document has no pages)
     *     and a path or description for source positions (for instance {@code word/media/image3.png});
     *     spans of the blocks name this page and their box in the image
     * @param context the parse's settings
     * @return the blocks, possibly empty when the image holds no text
     * @throws UnreadableDocumentException when the engine cannot run (not installed as configured,
     *     failed), with a reason a person understands
     */
    List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context)
            throws UnreadableDocumentException;

    /** Where an image is in its document. */
    record ImageOrigin(int page, String path, int dpi) {}

    /** The system property that turns recognition off ({@code -Dgongkai.ocr=off}): images are then not read. */
    String SWITCH = "gongkai.ocr";

    /**
     * The installed recogniser, if any: the first that {@link ServiceLoader} finds, its calls bounded and
     * counted by {@link RecognitionWork}; none when the system
     * property {@value #SWITCH} is {@code off} (a batch that should not spend seconds a page on scans).
     */
    static Optional<ImageRecognizer> installed() {
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH))) {
            return Optional.empty();
        }
        return InstalledRecognizer.FIRST;
    }
}
