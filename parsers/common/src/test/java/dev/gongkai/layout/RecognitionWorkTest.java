package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecognitionWorkTest {

    private final int before = RecognitionWork.parallelism();

    @AfterEach
    void restore() {
        RecognitionWork.setParallelism(before);
    }

    /** Counts how many of its calls run at once; each call takes a while. */
    static final class Counting implements ImageRecognizer {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public List<Block> recognise(BufferedImage image, ImageOrigin origin, ParseContext context) {
            int n = now.incrementAndGet();
            most.accumulateAndGet(n, Math::max);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return List.of();
        }
    }

    /** {@code calls} images recognised by {@code threads} callers, each with its own bounded wrapper. */
    private static void recogniseFrom(int threads, int calls, ImageRecognizer inner) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Block>>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int page = i + 1;
                // a wrapper per call, as each document's reader would take one: the bound is still one
                ImageRecognizer r = RecognitionWork.bounded(inner);
                futures.add(pool.submit(() -> r.recognise(image, new ImageRecognizer.ImageOrigin(page, null, 200),
                        ParseContext.defaults())));
            }
            for (Future<List<Block>> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void atMostTheBoundRunsAtOnceWhateverTheNumberOfCallers() throws Exception {
        RecognitionWork.setParallelism(2);
        Counting inner = new Counting();
        long done = RecognitionWork.counts().recognised();
        recogniseFrom(6, 12, inner);
        assertThat(inner.most.get()).isEqualTo(2);
        RecognitionWork.Counts after = RecognitionWork.counts();
        assertThat(after.recognised() - done).isEqualTo(12);
        assertThat(after.running()).isZero();
        assertThat(after.waiting()).isZero();
    }

    @Test
    void aBoundOfOneRunsOneAtATime() throws Exception {
        RecognitionWork.setParallelism(1);
        Counting inner = new Counting();
        recogniseFrom(4, 6, inner);
        assertThat(inner.most.get()).isEqualTo(1);
    }

    @Test
    void wrappingTwiceAddsNoSecondTurnAndTheBoundIsPositive() {
        Counting inner = new Counting();
        ImageRecognizer once = RecognitionWork.bounded(inner);
        assertThat(RecognitionWork.bounded(once)).isSameAs(once);
        assertThatThrownBy(() -> RecognitionWork.setParallelism(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
