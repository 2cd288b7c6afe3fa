package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Tests as data: every document in {@code fixtures/} (one way real reports vary, SPEC section 5: an
 * encoding, punctuation, label wording, units and blanks, a collapsed row, Markdown from a PDF…)
 * parses to the golden JSON beside it. The fixtures are made by {@code src/test/fixtures/make_fixtures.py}.
 */
class FixturesTest {

    @TestFactory
    Stream<DynamicTest> fixturesParseToTheirGoldenJson() throws IOException, URISyntaxException {
        Path dir = Path.of(FixturesTest.class.getResource("/fixtures").toURI());
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(docs).hasSizeGreaterThanOrEqualTo(10);
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            String name = doc.getFileName().toString();
            Path golden = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            ParseResult r = Golden.parse(Files.readAllBytes(doc), name);
            Golden.check(name, r, Files.readAllBytes(golden));
        }));
    }
}
