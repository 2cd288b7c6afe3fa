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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ofdrw.reader.OFDReader;
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
 * The OFD and OpenDocument readers on committed fixtures of a seed's report, each next to its floor:
 * ofdrw opening the OFD and loading every page's objects, and the JDK unzipping the .odt and building a
 * DOM of its content.xml.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class FormatsBenchmark {

    private byte[] ofdBytes;
    private byte[] odtBytes;
    private ReportParser ofdParser;
    private ReportParser odfParser;
    private final ParseContext context = ParseContext.defaults();

    @Setup
    public void setUp() throws IOException {
        Path root = Inputs.seedsDir().toAbsolutePath().getParent().getParent();
        ofdBytes = Files.readAllBytes(root.resolve("parsers/ofd/src/test/resources/fixtures/zhangshu-2023.ofd"));
        odtBytes = Files.readAllBytes(root.resolve("parsers/odf/src/test/resources/fixtures/zhangshu-2023-docx.odt"));
        ofdParser = Gongkai.parser("ofd").orElseThrow();
        odfParser = Gongkai.parser("odf").orElseThrow();
    }

    /** Floor: ofdrw opens the OFD (it unpacks it to a temporary folder) and loads every page's layers. */
    @Benchmark
    public int ofdFloorLoad() throws IOException {
        try (OFDReader r = new OFDReader(new ByteArrayInputStream(ofdBytes))) {
            int n = 0;
            for (var page : r.getPageList()) {
                n += page.getAllLayer().size();
            }
            return n;
        }
    }

    @Benchmark
    public Report ofdParse() throws IOException {
        return ofdParser.parse(new ByteArrayInputStream(ofdBytes), context).report();
    }

    /** Floor: the JDK unzips the .odt and builds a DOM of its content.xml. */
    @Benchmark
    public Object odtFloorLoad() throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(odtBytes))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("content.xml")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    return f.newDocumentBuilder().parse(new ByteArrayInputStream(z.readAllBytes()));
                }
            }
        }
        return null;
    }

    @Benchmark
    public Report odtParse() throws IOException {
        return odfParser.parse(new ByteArrayInputStream(odtBytes), context).report();
    }
}
