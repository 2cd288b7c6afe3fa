package dev.gongkai.cli.check;

import java.io.PrintWriter;

/** Progress of a batch on stderr. Thread-safe: {@link #step()} is called by the workers. */
public interface Progress extends AutoCloseable {

    /** How progress is shown. */
    enum Mode {
        /** A bar when stderr is a terminal, else plain lines. */
        auto,
        /** A bar that redraws itself. */
        bar,
        /** A plain line every few seconds and at the end. */
        lines,
        /** Nothing. */
        none
    }

    /** One more file done. */
    void step();

    /** Ends the progress display. */
    @Override
    void close();

    /** A progress display for a number of files. */
    static Progress create(Mode mode, long total, PrintWriter err, boolean stderrIsTerminal) {
        Mode m = mode == Mode.auto ? (stderrIsTerminal ? Mode.bar : Mode.lines) : mode;
        switch (m) {
            case bar:
                return new BarProgress(total);
            case lines:
                return new LineProgress(total, err, LineProgress.DEFAULT_INTERVAL_MILLIS);
            default:
                return new Progress() {
                    @Override
                    public void step() {}

                    @Override
                    public void close() {}
                };
        }
    }

    /**
     * Whether stderr is a terminal: the launcher says so in the system property {@code gongkai.stderr.tty}
     * (it can test the descriptor; Java cannot); without it, whether the JVM has a console.
     */
    static boolean stderrIsTerminal() {
        String p = System.getProperty("gongkai.stderr.tty");
        if (p != null && !p.isEmpty()) {
            return Boolean.parseBoolean(p);
        }
        return System.console() != null;
    }
}
