package dev.gongkai.parser.pdf;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;

/**
 * A test-only OCR engine (registered in META-INF/services): it recognises what the test says the
 * image holds, and nothing when the test says nothing — as an engine that finds no table in a picture.
 * The real engine (gongkai-parser-ocr) is checked end to end where both are on the class path.
 */
public final class TestRecognizer implements ImageRecognizer {

    private static volatile Function<ImageOrigin, List<Block>> answer;
    private static volatile int calls;

    /** Sets what the images hold ({@code null}: nothing); returns the number of images recognised before. */
    static int answer(Function<ImageOrigin, List<Block>> a) {
        int n = calls;
        answer = a;
        calls = 0;
        return n;
    }

    /** How many images were recognised since the answer was set. */
    static int calls() {
        return calls;
    }

    @Override
    public List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context) {
        if (image == null || image.getWidth() < 1) {
            throw new IllegalArgumentException("no image");
        }
        calls++;
        Function<ImageOrigin, List<Block>> a = answer;
        return a == null ? List.of() : a.apply(origin);
    }
}
