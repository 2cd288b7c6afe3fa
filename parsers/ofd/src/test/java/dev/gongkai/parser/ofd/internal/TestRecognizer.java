package dev.gongkai.parser.ofd.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only OCR engine (registered in META-INF/services): it recognises what the test says the image
 * holds, and records the images it was given.
 */
public final class TestRecognizer implements ImageRecognizer {

    static volatile List<Block> answer = List.of();
    static final List<ImageOrigin> SEEN = new ArrayList<>();

    @Override
    public synchronized List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context) {
        if (image == null || image.getWidth() < 1) {
            throw new IllegalArgumentException("no image");
        }
        SEEN.add(origin);
        return answer;
    }
}
