package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.Fixtures;
import java.nio.file.Path;
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
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() {
        return Fixtures.golden(Fixtures.resources(OfficeFixturesTest.class, "/fixtures"), 6, Gongkai::parse,
                (name, result) -> {
                    String format = name.contains("docx-named") ? "docx" : name.substring(name.lastIndexOf('.') + 1);
                    assertThat(result.parser()).isEqualTo(format);
                    if (name.contains("tables-only")) {
                        assertThat(result.report().sections()).as("sections of " + name).isEmpty();
                    } else {
                        assertThat(result.report().sections()).as("sections of " + name)
                                .containsKeys(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS);
                    }
                });
    }
}
