package dev.gongkai.parser.odf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.testkit.Fixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The LibreOffice-made OpenDocument fixtures (made by {@code src/test/fixtures/make-fixtures.sh} from
 * the seeds' Word and Excel fixtures and from re-published generated reports, committed) read through
 * {@link Gongkai#parse(Path)} equal their golden JSON (sections aside; its {@code uncertain} field
 * included), each by the parser of its extension.
 */
class OdfFixturesTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() {
        return Fixtures.golden(Fixtures.resources(OdfFixturesTest.class, "/fixtures"), 10, Gongkai::parse,
                (name, result) -> assertThat(result.parser()).isEqualTo(name.substring(name.lastIndexOf('.') + 1)));
    }
}
