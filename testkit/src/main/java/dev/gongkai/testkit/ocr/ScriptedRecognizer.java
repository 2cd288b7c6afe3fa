package dev.gongkai.testkit.ocr;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An OCR engine for a reader's tests: it recognises in an image what the test says the image holds, and
 * nothing when the test says nothing — as an engine that finds no table in a picture — and records the
 * images it was given. The testkit does not register it: a test module that wants it names it in its own
 * {@code src/test/resources/META-INF/services/dev.gongkai.layout.ImageRecognizer}, so that it never stands
 * before the real engine (gongkai-parser-ocr) of a build that has both.
 *
 * <p>Its answer is static (the reader finds the engine through {@link java.util.ServiceLoader}): tests that
 * use it set the answer first, and do not run in parallel with each other.
 *
 * @since 0.2
 */
public final class ScriptedRecognizer implements ImageRecognizer {

    private static Function<ImageOrigin, List<Block>> answer;
    private static final List<ImageOrigin> SEEN = new ArrayList<>();
    private static volatile long delayMillis;
    private static final java.util.concurrent.atomic.AtomicInteger RUNNING = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger MOST = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Makes each recognition take this long, as a real engine does (0: none), and forgets
     * {@link #mostAtOnce()}.
     */
    public static void delay(long millis) {
        delayMillis = millis;
        MOST.set(0);
    }

    /** The most images recognised at the same time since {@link #delay(long)} was last called. */
    public static int mostAtOnce() {
        return MOST.get();
    }

    /**
     * Sets what the images hold from now on ({@code null}: nothing) and forgets the images seen.
     *
     * @return the number of images recognised since the answer before was set
     */
    public static synchronized int answer(Function<ImageOrigin, List<Block>> a) {
        int n = SEEN.size();
        answer = a;
        SEEN.clear();
        return n;
    }

    /** How many images were recognised since the answer was set. */
    public static synchronized int calls() {
        return SEEN.size();
    }

    /** Where the images recognised since the answer was set stand, in the order they were given. */
    public static synchronized List<ImageOrigin> seen() {
        return List.copyOf(SEEN);
    }

    /** @throws IllegalArgumentException for no image or an empty one: a reader must not hand those over */
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
            Function<ImageOrigin, List<Block>> a;
            synchronized (ScriptedRecognizer.class) {
                SEEN.add(origin);
                a = answer;
            }
            return a == null ? List.of() : a.apply(origin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
