package dev.gongkai.cli.check;

import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.InputStream;

/**
 * A test-only reader (registered for the cli's tests by ServiceLoader) that takes {@code .spin} files
 * and never returns: it spins without looking at its interrupt, as a reader caught in a loop would,
 * until the test {@link #release()}s it.
 */
public final class SpinParser implements ReportParser {

    private static volatile boolean released;
    private static final java.util.concurrent.atomic.AtomicInteger SPINNING = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String name() {
        return "spin";
    }

    @Override
    public int supports(DocumentProbe probe) {
        return probe.extension().equals("spin") ? 100 : 0;
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) {
        SPINNING.incrementAndGet();
        long n = 0;
        while (!released) {
            n++; // ignores interrupts on purpose
            Thread.onSpinWait();
        }
        SPINNING.decrementAndGet();
        throw new IllegalStateException("released after " + n + " turns");
    }

    /** Lets every spinning reader end. */
    static void release() {
        released = true;
    }

    /** Readers still spinning. */
    static int spinning() {
        return SPINNING.get();
    }
}
