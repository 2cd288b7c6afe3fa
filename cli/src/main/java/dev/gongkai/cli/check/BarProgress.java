package dev.gongkai.cli.check;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal: files done / total, rate, elapsed time and ETA. */
final class BarProgress implements Progress {
    private final ProgressBar bar;

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
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
