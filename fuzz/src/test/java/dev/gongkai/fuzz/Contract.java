package dev.gongkai.fuzz;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The contract every reader keeps on any bytes: a report that validates and writes as JSON, or a typed
 * {@link UnreadableDocumentException} whose reason a person can read; within a time bound; within the heap the
 * module's tests run in (running out of it is thrown as an error and fails the target). Anything else thrown
 * escapes and is a finding.
 */
final class Contract {

    /**
     * The time one input may take at most, parse and validation together; not counted for the first input a JVM
     * reads, which also loads (and, fuzzing, instruments) every class it needs. A hang while fuzzing is also
     * caught by libFuzzer's {@code -timeout} ({@code fuzz/run} sets it to the same 30 s).
     */
    static final Duration TIME_BOUND = Duration.ofMillis(Long.getLong("gongkai.fuzz.timeBoundMillis", 30_000));

    private static final Validator VALIDATOR = Validator.defaults();
    private static final java.util.concurrent.atomic.AtomicBoolean WARM = new java.util.concurrent.atomic.AtomicBoolean();

    private Contract() {}

    /** What one input came to: a report's findings, or the typed error. */
    record Outcome(Report report, List<Finding> findings, UnreadableDocumentException error) {
        /** The report's canonical JSON, or the empty string for an unreadable document. */
        String json() {
            return report == null ? "" : ReportJson.toJson(report);
        }
    }

    /**
     * Feeds bytes named {@code fileName} through {@link Gongkai#parse} and the default validator.
     *
     * @throws AssertionError when the contract is broken (too slow, an inhuman reason)
     */
    static Outcome check(byte[] data, String fileName) {
        return check(data, ParseContext.defaults().withFileName(fileName));
    }

    static Outcome check(byte[] data, ParseContext context) {
        long start = System.nanoTime();
        Outcome outcome;
        try {
            ParseResult parsed = Gongkai.parse(new ByteArrayInputStream(data), context);
            List<Finding> findings = VALIDATOR.validate(parsed.report());
            ReportJson.toJson(parsed.report());
            outcome = new Outcome(parsed.report(), findings, null);
        } catch (UnreadableDocumentException e) {
            Reasons.assertHuman(e);
            outcome = new Outcome(null, List.of(), e);
        } catch (IOException e) {
            throw new AssertionError("an untyped I/O error from a reader: " + e, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!WARM.getAndSet(true)) {
            return outcome;
        }
        if (took.compareTo(TIME_BOUND) > 0) {
            throw new AssertionError("an input took " + took.toMillis() + " ms, over the bound of " + TIME_BOUND.toMillis() + " ms");
        }
        return outcome;
    }
}
