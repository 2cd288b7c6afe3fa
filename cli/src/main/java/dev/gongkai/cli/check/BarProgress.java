package dev.gongkai.cli.check;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal: files done / total, rate, elapsed time and ETA; the OCR engine's pages
 * as its message when scans are being recognised.
 */
final class BarProgress implements Progress {
    private final ProgressBar bar;
    private final OcrNote ocr = new OcrNote();
    private final Thread ticker;

    BarProgress(long total) {
        bar = new ProgressBarBuilder()
                .setTaskName("check")
                .setInitialMax(total)
                .setUnit(" files", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(500);
                    bar.setExtraMessage(ocr.now());
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
        bar.step();
    }

    @Override
    public void close() {
        ticker.interrupt();
        try {
            ticker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bar.setExtraMessage(ocr.now());
        bar.close();
    }
}
