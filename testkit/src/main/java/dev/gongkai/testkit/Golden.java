package dev.gongkai.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** JSON normalisation for golden comparisons: numbers as exact decimals, {@code sections} left out. */
final class Golden {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {}

    static JsonNode withoutSections(JsonNode doc) {
        JsonNode n = normalise(doc);
        if (n instanceof ObjectNode o) {
            o.remove("sections");
        }
        return n;
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
