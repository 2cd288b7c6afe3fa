package dev.gongkai.parser.text;

import dev.gongkai.testkit.Fixtures;
import java.nio.file.Files;
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
    Stream<DynamicTest> fixturesParseToTheirGoldenJson() {
        return Fixtures.golden(Fixtures.resources(FixturesTest.class, "/fixtures"), 10,
                doc -> Golden.parse(Files.readAllBytes(doc), doc.getFileName().toString()), Fixtures.Check.none());
    }
}
