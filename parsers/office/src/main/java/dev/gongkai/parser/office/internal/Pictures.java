package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.model.SourceSpan;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Pictures of Word documents as {@link ImageBlock}s, decoded only when recognised. Not API. */
final class Pictures {

    /** Pasted screenshots carry no resolution the reader can trust; a screen's is assumed. */
    static final int SCREEN_DPI = 96;

    private Pictures() {}

    /**
     * An image block of a picture's bytes (taken while the document is open: the package is closed
     * before the images are recognised).
     */
    static ImageBlock block(byte[] bytes, String path, SourceSpan span) {
        return new ImageBlock(() -> decode(bytes), new ImageRecognizer.ImageOrigin(0, path, SCREEN_DPI), span);
    }

    /** The image, or {@code null} for a format ImageIO does not read (EMF, WMF) or damaged bytes. */
    private static BufferedImage decode(byte[] bytes) {
        try {
            return bytes == null ? null : ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
