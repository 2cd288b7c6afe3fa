package dev.gongkai.benchmarks;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * The PDF and Word readers on committed LibreOffice exports of real reports, each next to its floor:
 * PDFBox's plain {@code PDFTextStripper} (load + text) and POI's {@code XWPFDocument} load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DocumentBenchmark {

    @Param({"parsers/pdf/src/test/resources/fixtures/000_caa70d9250cb3ad4-ruled.pdf",
        "parsers/pdf/src/test/resources/fixtures/002_d99c8dcb44f53e53-aligned.pdf"})
    public String pdf;

    private byte[] pdfBytes;
    private byte[] docxBytes;
    private ReportParser pdfParser;
    private ReportParser docxParser;
    private final ParseContext context = ParseContext.defaults();

    @Setup
    public void setUp() throws IOException {
        Path root = Inputs.seedsDir().toAbsolutePath().getParent().getParent();
        pdfBytes = Files.readAllBytes(root.resolve(pdf));
        docxBytes = Files.readAllBytes(root.resolve("parsers/office/src/test/resources/fixtures/zhangshu-2023.docx"));
        pdfParser = Gongkai.parser("pdf").orElseThrow();
        docxParser = Gongkai.parser("docx").orElseThrow();
    }

    /** Floor: PDFBox loads the file and extracts its plain text. */
    @Benchmark
    public String pdfFloorTextStripper() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Benchmark
    public Report pdfParse() throws IOException {
        return pdfParser.parse(new ByteArrayInputStream(pdfBytes), context).report();
    }

    /** Floor: POI loads the .docx. */
    @Benchmark
    public int docxFloorLoad() throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            return d.getBodyElements().size();
        }
    }

    @Benchmark
    public Report docxParse() throws IOException {
        return docxParser.parse(new ByteArrayInputStream(docxBytes), context).report();
    }
}
