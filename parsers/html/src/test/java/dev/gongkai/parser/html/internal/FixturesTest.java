package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.Section;
import dev.gongkai.parser.text.TextReportParser;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each SPEC §5 HTML variant as a fixture page (written from a seed by src/test/scripts/make_fixtures.py)
 * beside its golden JSON: the parse equals the golden in every field but {@code sections}, and the
 * sections equal what the text reader gives for the same seed's text.
 */
class FixturesTest {

    private static final Path SEEDS = Path.of("../../corpus/seeds");

    /** Fixture name → the seed its prose comes from. */
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("saved-page-with-chrome", "000_caa70d9250cb3ad4");
        FIXTURES.put("markdown-in-pre", "000_caa70d9250cb3ad4");
        FIXTURES.put("br-lines-and-thead", "001_0f3a3c160bddc4d1");
        FIXTURES.put("gbk-meta-layout-tables", "002_d99c8dcb44f53e53");
        FIXTURES.put("fragment-without-html", "003_e52139f12275cdbc");
        FIXTURES.put("markdown-paragraphs", "003_e52139f12275cdbc");
        FIXTURES.put("gov-meta-tags", "003_e52139f12275cdbc");
        FIXTURES.put("zhengwen-year-first-title", "003_e52139f12275cdbc");
        FIXTURES.put("word-export", "004_848a9e02a78f2d1d");
    }

    @TestFactory
    Stream<DynamicTest> fixturesMatchTheirGoldenJson() {
        return FIXTURES.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Report actual = parse(name).report();
            Report golden;
            try (InputStream in = resource(name + ".json")) {
                golden = ReportJson.read(in);
            }
            List<String> diff = ReportDiff.between(golden, actual, false);
            assertThat(diff).as(name).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> sectionsAreTheTextReadersSections() {
        return FIXTURES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Report html = parse(e.getKey()).report();
            Report text;
            try (InputStream in = Files.newInputStream(SEEDS.resolve(e.getValue() + ".txt"))) {
                text = new TextReportParser().parse(in, ParseContext.defaults()).report();
            }
            for (Section s : Section.values()) {
                assertThat(html.section(s)).as(e.getKey() + " " + s).isEqualTo(text.section(s));
            }
        }));
    }

    static ParseResult parse(String name) throws IOException {
        try (InputStream in = resource(name + ".html")) {
            return new HtmlReportParser().parse(in, ParseContext.defaults().withFileName(name + ".html"));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FixturesTest.class.getResourceAsStream("/fixtures/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
