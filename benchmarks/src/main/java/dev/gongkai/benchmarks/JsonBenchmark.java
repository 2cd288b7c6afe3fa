package dev.gongkai.benchmarks;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Canonical JSON write and read of a seed report, next to its floor: Jackson reading the same bytes
 * into a tree (what any JSON reader must at least do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonBenchmark {

    private Report report;
    private byte[] json;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = Inputs.seed("expected/000_caa70d9250cb3ad4.json")) {
            report = ReportJson.read(in);
        }
        json = ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public String write() {
        return ReportJson.toJson(report);
    }

    @Benchmark
    public Report read() throws IOException {
        return ReportJson.read(new java.io.ByteArrayInputStream(json));
    }

    /** Floor for {@link #read()}: Jackson's tree of the same bytes. */
    @Benchmark
    public Object readFloorJacksonTree() throws IOException {
        return mapper.readTree(json);
    }
}
