package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.GongkaiAssertions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PDFs exported by LibreOffice Writer from HTML versions of the seed reports (src/test/fixtures/
 * make-fixtures.sh): ruled grids with merged header cells and header rows repeated over page breaks,
 * and a whitespace-aligned variant without borders. Each parses to its golden JSON (less sections).
 */
class LibreOfficeFixturesTest {

    private static final String[] SEEDS = {"000_caa70d9250cb3ad4", "001_0f3a3c160bddc4d1", "002_d99c8dcb44f53e53",
        "003_e52139f12275cdbc", "004_848a9e02a78f2d1d"};

    @TestFactory
    List<DynamicTest> fixturesParseToTheirGoldenJson() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String style : new String[] {"ruled", "aligned"}) {
            for (String seed : SEEDS) {
                String name = seed + "-" + style;
                tests.add(DynamicTest.dynamicTest(name, () -> check(name)));
            }
        }
        return tests;
    }

    /**
     * Generated pages republished by {@code /work/shared/tools/republish.py} (src/test/fixtures/
     * make-republished.sh): a Writer print whose narrow column wraps a number over a page break.
     */
    @TestFactory
    List<DynamicTest> republishedFixturesParseToTheirGoldenJson() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : new String[] {"corpus-00005-writer"}) {
            tests.add(DynamicTest.dynamicTest(name, () -> check("republished/" + name)));
        }
        return tests;
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = LibreOfficeFixturesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void check(String name) throws IOException {
        byte[] pdf = resource("/fixtures/" + name + ".pdf");
        String expectedText = new String(resource("/fixtures/" + name + ".json"), StandardCharsets.UTF_8);
        ParseResult result = new PdfReportParser().parse(new ByteArrayInputStream(pdf),
                ParseContext.defaults().withFileName(name + ".pdf"));
        GongkaiAssertions.assertThat(result.report()).as(name + "; problems " + result.problems())
                .matchesGolden(expectedText);
    }
}
