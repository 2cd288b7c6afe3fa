package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PDFs exported by LibreOffice Writer from HTML versions of the seed reports (src/test/fixtures/
 * make-fixtures.sh): ruled grids with merged header cells and header rows repeated over page breaks,
 * and a whitespace-aligned variant without borders. Each parses to its golden JSON (less sections).
 */
class LibreOfficeFixturesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        Report expected = ReportJson.read(expectedText);
        assertThat(ReportDiff.between(expected, result.report(), false)).as(name + " differences; problems "
                + result.problems()).isEmpty();
        ObjectNode actual = (ObjectNode) MAPPER.readTree(ReportJson.toJson(result.report()));
        actual.remove("sections");
        ObjectNode exp = (ObjectNode) MAPPER.readTree(expectedText);
        exp.remove("sections");
        assertThat(normalise(actual)).as(name + " JSON").isEqualTo(normalise(exp));
    }

    private static JsonNode normalise(JsonNode n) {
        if (n.isNumber()) {
            return MAPPER.getNodeFactory().textNode(n.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (n.isObject()) {
            ObjectNode o = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), normalise(e.getValue()));
            }
            return o;
        }
        return n;
    }
}
