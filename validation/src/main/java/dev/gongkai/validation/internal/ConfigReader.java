package dev.gongkai.validation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Severity;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON form of a {@link RuleConfig}:
 *
 * <pre>{@code
 * { "rules": {
 *     "values.blank": "OFF",
 *     "structure.template": "WARNING",
 *     "batch.hierarchy-sum": "ON",
 *     "narrative.copied": { "severity": "INFO", "threshold": 0.85 } } }
 * }</pre>
 *
 * A rule's value is a word ({@code OFF}, {@code ON}, {@code INFO}, {@code WARNING},
 * {@code ERROR}) or an object with an optional {@code severity} word and the rule's parameters.
 */
public final class ConfigReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigReader() {}

    /** Applies the JSON text to a configuration. */
    public static RuleConfig read(String json, RuleConfig base) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rule configuration is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("rule configuration: expected a JSON object");
        }
        RuleConfig c = base;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("schema")) {
                continue;
            }
            if (!e.getKey().equals("rules") || !e.getValue().isObject()) {
                throw new IllegalArgumentException("rule configuration: unknown key " + e.getKey()
                        + " (expected an object \"rules\")");
            }
            for (Iterator<Map.Entry<String, JsonNode>> rt = e.getValue().fields(); rt.hasNext(); ) {
                Map.Entry<String, JsonNode> r = rt.next();
                c = rule(c, r.getKey(), r.getValue());
            }
        }
        return c;
    }

    private static RuleConfig rule(RuleConfig c, String id, JsonNode v) {
        if (v.isTextual()) {
            return word(c, id, v.asText());
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException("rule " + id + ": expected a severity word or an object");
        }
        RuleConfig out = c;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getKey().equals("severity")) {
                out = word(out, id, p.getValue().asText());
            } else if (p.getValue().isNumber() || p.getValue().isTextual()) {
                out = out.parameter(id, p.getKey(), p.getValue().asText());
            } else {
                throw new IllegalArgumentException("rule " + id + ": parameter " + p.getKey() + " must be a number");
            }
        }
        return out;
    }

    private static RuleConfig word(RuleConfig c, String id, String w) {
        switch (w.trim().toUpperCase(Locale.ROOT)) {
            case "OFF":
                return c.off(id);
            case "ON":
                return c.on(id);
            case "INFO":
                return c.severity(id, Severity.INFO);
            case "WARNING":
                return c.severity(id, Severity.WARNING);
            case "ERROR":
                return c.severity(id, Severity.ERROR);
            default:
                throw new IllegalArgumentException("rule " + id + ": unknown severity " + w
                        + " (expected OFF, ON, INFO, WARNING or ERROR)");
        }
    }
}
