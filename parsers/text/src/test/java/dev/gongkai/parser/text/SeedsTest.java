package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Section;
import dev.gongkai.spi.ParseResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The five real seed reports parse to exactly their expected canonical JSON. */
class SeedsTest {

    private static final List<String> SEEDS = List.of("000_caa70d9250cb3ad4", "001_0f3a3c160bddc4d1",
            "002_d99c8dcb44f53e53", "003_e52139f12275cdbc", "004_848a9e02a78f2d1d");

    @TestFactory
    Stream<DynamicTest> seedsParseToTheirExpectedJson() {
        return SEEDS.stream().map(s -> DynamicTest.dynamicTest(s, () -> {
            ParseResult r = Golden.parse(Golden.resource("/seeds/" + s + ".txt"), s + ".txt");
            Golden.check(s, r, Golden.resource("/seeds/expected/" + s + ".json"));
            assertThat(r.report().sections().keySet()).as("sections of " + s).containsExactly(Section.values());
        }));
    }

    @Test
    void seed002ReportsItsShortRows() throws Exception {
        ParseResult r = Golden.parse(Golden.resource("/seeds/002_d99c8dcb44f53e53.txt"), "002.txt");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("row-short");
            assertThat(p.message()).contains("granted");
        });
    }

    @Test
    void seed004RecordsItsUnnumberedHeading() throws Exception {
        ParseResult r = Golden.parse(Golden.resource("/seeds/004_848a9e02a78f2d1d.txt"), "004.txt");
        assertThat(r.report().structure().headings()).hasSize(6)
                .filteredOn(h -> !h.numbered()).singleElement()
                .satisfies(h -> assertThat(h.section()).isEqualTo(Section.PROBLEMS));
    }
}
