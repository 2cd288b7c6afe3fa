package dev.gongkai.benchmarks;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** The HTML reader on a generated saved page (fixed seed), next to its floor: {@code Jsoup.parse} alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HtmlBenchmark {

    private byte[] page;
    private ReportParser parser;
    private final Validator validator = Validator.defaults();
    private final ParseContext context = ParseContext.defaults();

    @Setup
    public void setUp() {
        Report report = Reports.generator().generate(20231231L);
        page = HtmlRenderer.standard().render(report, RenderOptions.plain()).bytes();
        parser = Gongkai.parser("html").orElseThrow();
    }

    /** Floor: jsoup's own parse of the same bytes. */
    @Benchmark
    public Document jsoupFloor() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(page), StandardCharsets.UTF_8.name(), "");
    }

    @Benchmark
    public Report parse() throws IOException {
        return parser.parse(new ByteArrayInputStream(page), context).report();
    }

    @Benchmark
    public List<Finding> parseAndValidate() throws IOException {
        return validator.validate(parse());
    }
}
