package dev.gongkai.parser.text;

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
import java.util.Iterator;
import java.util.Map;

/** Parses a document and compares it field by field with a golden canonical JSON (less sections). */
final class Golden {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {}

    static byte[] resource(String path) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    static ParseResult parse(byte[] doc, String name) throws IOException {
        return new TextReportParser().parse(new ByteArrayInputStream(doc), ParseContext.defaults().withFileName(name));
    }

    static void check(String name, ParseResult result, byte[] expectedJson) throws IOException {
        String expectedText = new String(expectedJson, StandardCharsets.UTF_8);
        Report expected = ReportJson.read(expectedText);
        assertThat(ReportDiff.between(expected, result.report(), false)).as(name + " differences").isEmpty();
        ObjectNode actual = (ObjectNode) MAPPER.readTree(ReportJson.toJson(result.report()));
        actual.remove("sections");
        ObjectNode exp = (ObjectNode) MAPPER.readTree(expectedText);
        exp.remove("sections");
        assertThat(normalise(actual)).as(name + " JSON").isEqualTo(normalise(exp));
    }

    /** Numbers compared as exact decimals regardless of their JSON form. */
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
