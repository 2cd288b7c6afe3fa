package dev.gongkai.layout;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The image recognition (OCR) of the whole JVM: one bound on how many images are recognised at once,
 * whatever the number of documents being read in parallel, and counts of the work for progress displays.
 * Every reader hands its images to a recogniser {@link #bounded(ImageRecognizer) bounded} here (the
 * {@link ImageRecognizer#installed() installed} one is), so a batch checking eight files at once runs
 * no more engine work than the bound allows.
 *
 * <p>The bound is the number of cores by default, the system property {@value #PARALLELISM_PROPERTY}
 * when set, or what {@link #setParallelism(int)} last set (the command line sets it from its
 * {@code --jobs}). A recogniser runs one engine at a time per image. Design:
 * {@code docs/adr/NNNN-ocr-in-batch.md}. Thread-safe.
 *
 * @since 0.2
 */
public final class RecognitionWork {

    /** The system property giving the bound ({@code -Dgongkai.ocr.processes=2}). */
    public static final String PARALLELISM_PROPERTY = "gongkai.ocr.processes";

    /**
     * The recognition work so far in this JVM.
     *
     * @param waiting images handed to a recogniser, waiting for their turn under the bound
     * @param running images being recognised now (at most the bound)
     * @param recognised images recognised (or failed) so far
     */
    public record Counts(long waiting, long running, long recognised) {
        /** Whether any image was ever handed to a recogniser. */
        public boolean any() {
            return waiting + running + recognised > 0;
        }
    }

    private static final Object LOCK = new Object();
    private static int limit = Math.max(1, Integer.getInteger(PARALLELISM_PROPERTY,
            Runtime.getRuntime().availableProcessors()));
    private static long waiting;
    private static long running;
    private static long recognised;

    private RecognitionWork() {}

    /** How many images may be recognised at once. */
    public static int parallelism() {
        synchronized (LOCK) {
            return limit;
        }
    }

    /**
     * Sets how many images may be recognised at once in this JVM; work already running finishes, new
     * work waits until fewer than {@code n} run.
     *
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public static void setParallelism(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        synchronized (LOCK) {
            limit = n;
            LOCK.notifyAll();
        }
    }

    /** Whether the bound was given as a system property (which a caller setting its own should respect). */
    public static boolean parallelismIsConfigured() {
        return System.getProperty(PARALLELISM_PROPERTY) != null;
    }

    /** The work so far. */
    public static Counts counts() {
        synchronized (LOCK) {
            return new Counts(waiting, running, recognised);
        }
    }

    /** The recogniser whose every call waits for its turn under the bound and is counted. */
    public static ImageRecognizer bounded(ImageRecognizer recognizer) {
        if (recognizer instanceof Bounded) {
            return recognizer;
        }
        return new Bounded(recognizer);
    }

    private static void enter() throws InterruptedException {
        synchronized (LOCK) {
            waiting++;
            try {
                while (running >= limit) {
                    LOCK.wait();
                }
            } finally {
                waiting--;
            }
            running++;
        }
    }

    private static void leave() {
        synchronized (LOCK) {
            running--;
            recognised++;
            LOCK.notifyAll();
        }
    }

    private record Bounded(ImageRecognizer inner) implements ImageRecognizer {
        @Override
        public List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context)
                throws UnreadableDocumentException {
            try {
                enter();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                        "interrupted while waiting to recognise an image", e);
            }
            try {
                return inner.recognise(image, origin, context);
            } finally {
                leave();
            }
        }
    }
}
