package dev.gongkai.layout;

import dev.gongkai.model.SourceSpan;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An image standing in a document's reading order where a table or text could be (a table pasted into
 * a Word file as a picture, a picture of a table in a PDF page). The {@link TemplateInterpreter} hands
 * it to the {@link ImageRecognizer#installed() installed} recogniser and reads the recognised blocks in
 * its place; without a recogniser, a table section that holds only an image records its table as held
 * but not mapped ({@code table-image}: a table is an image), never as missing.
 *
 * @param image loads the image when it is recognised; returns {@code null} when it cannot be decoded
 * @param origin where the image is (page, path in the document, resolution)
 * @param span where it stands, or {@code null}
 * @since 0.2
 */
public record ImageBlock(Supplier<BufferedImage> image, ImageRecognizer.ImageOrigin origin, SourceSpan span)
        implements Block {
    public ImageBlock {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(origin, "origin");
    }
}
