package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.Section;
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
 * The LibreOffice-made fixtures (made by {@code src/test/fixtures/make-fixtures.sh} from the seeds,
 * committed) read through {@link Gongkai#parse(Path)} equal their golden JSON (sections aside), each
 * by the parser its bytes call for.
 */
class OfficeFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() throws IOException, URISyntaxException {
        Path dir = Path.of(OfficeFixturesTest.class.getResource("/fixtures").toURI());
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(6);
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            String name = doc.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            Report golden = ReportJson.read(Files.readString(dir.resolve(stem + ".json")));
            ParseResult result = Gongkai.parse(doc);
            String format = name.contains("docx-named") ? "docx" : name.substring(name.lastIndexOf('.') + 1);
            assertThat(result.parser()).isEqualTo(format);
            assertThat(ReportDiff.between(golden, result.report(), false)).as(name).isEmpty();
            if (name.contains("tables-only")) {
                assertThat(result.report().sections()).as("sections of " + name).isEmpty();
            } else {
                assertThat(result.report().sections()).as("sections of " + name)
                        .containsKeys(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS);
            }
        }));
    }
}
