package dev.gongkai.benchmarks;

import dev.gongkai.model.Report;
import dev.gongkai.parser.text.TextReportParser;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The text reader on a real report, next to its floor: reading and decoding the same bytes. Also
 * parse + validate with every default rule, the figure the README's reports/s come from.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TextBenchmark {

    @Param({"000_caa70d9250cb3ad4.txt", "002_d99c8dcb44f53e53.txt"})
    public String seed;

    private byte[] bytes;
    private Report report;
    private final TextReportParser parser = new TextReportParser();
    private final Validator validator = Validator.defaults();
    private final ParseContext context = ParseContext.defaults();

    @Setup
    public void setUp() throws IOException {
        bytes = Inputs.seedBytes(seed);
        report = parse();
    }

    /** Floor: read the bytes and decode them as UTF-8. */
    @Benchmark
    public String decodeFloor() throws IOException {
        return new String(new ByteArrayInputStream(bytes).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Benchmark
    public Report parse() throws IOException {
        return parser.parse(new ByteArrayInputStream(bytes), context).report();
    }

    @Benchmark
    public List<Finding> parseAndValidate() throws IOException {
        return validator.validate(parse());
    }

    @Benchmark
    public List<Finding> validateOnly() {
        return validator.validate(report);
    }
}
