package dev.gongkai.cli.check;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain progress lines, for logs: one every few seconds while files are being checked, and one at the
 * end; with the OCR engine's pages when scans are being recognised.
 */
final class LineProgress implements Progress {

    static final long DEFAULT_INTERVAL_MILLIS = 5_000;

    private final long total;
    private final PrintWriter err;
    private final AtomicLong done = new AtomicLong();
    private final long start = System.nanoTime();
    private final Thread ticker;
    private final OcrNote ocr = new OcrNote();

    LineProgress(long total, PrintWriter err, long intervalMillis) {
        this.total = total;
        this.err = err;
        ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(intervalMillis);
                    print();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gongkai-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    @Override
    public void step() {
        done.incrementAndGet();
    }

    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        print();
    }

    private void print() {
        String note = ocr.now();
        String line = line(done.get(), total, (System.nanoTime() - start) / 1e9);
        err.println(note.isEmpty() ? line : line + "; " + note);
        err.flush();
    }

    /** {@code gongkai: 1200/2000 files (60%), 85.3 files/s, ETA 9 s}. */
    static String line(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder("gongkai: ").append(done).append('/').append(total).append(" files");
        if (total > 0) {
            b.append(" (").append(done * 100 / total).append("%)");
        }
        b.append(String.format(Locale.ROOT, ", %.1f files/s", rate));
        if (done < total && rate > 0) {
            b.append(", ETA ").append(duration((total - done) / rate));
        } else if (done >= total) {
            b.append(", ").append(duration(seconds));
        }
        return b.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
