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
    private static volatile long delayMillis;
    private static final java.util.concurrent.atomic.AtomicInteger RUNNING = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger MOST = new java.util.concurrent.atomic.AtomicInteger();

    /** Makes each recognition take this long (as an engine does) and resets {@link #mostAtOnce()}. */
    static void delay(long millis) {
        delayMillis = millis;
        MOST.set(0);
    }

    /** The most recognitions that ran at once since {@link #delay(long)}. */
    static int mostAtOnce() {
        return MOST.get();
    }

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
        MOST.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            synchronized (TestRecognizer.class) {
                calls++;
            }
            Function<ImageOrigin, List<Block>> a = answer;
            return a == null ? List.of() : a.apply(origin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
