package dev.gongkai.parser.odf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The LibreOffice-made OpenDocument fixtures (made by {@code src/test/fixtures/make-fixtures.sh} from
 * the seeds' Word and Excel fixtures and from re-published generated reports, committed) read through
 * {@link Gongkai#parse(Path)} equal their golden JSON (sections aside), every cell certain.
 */
class OdfFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() throws IOException, URISyntaxException {
        Path dir = Path.of(OdfFixturesTest.class.getResource("/fixtures").toURI());
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            String name = doc.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            Report golden = ReportJson.read(Files.readString(dir.resolve(stem + ".json")));
            ParseResult result = Gongkai.parse(doc);
            assertThat(result.parser()).isEqualTo(name.substring(name.lastIndexOf('.') + 1));
            assertThat(ReportDiff.between(golden, result.report(), false)).as(name).isEmpty();
            assertThat(result.report().uncertainties()).as(name).isEqualTo(golden.uncertainties());
        }));
    }
}
