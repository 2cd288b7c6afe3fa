package dev.gongkai.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.SectionHeading;
import dev.gongkai.model.TableId;
import dev.gongkai.model.YearMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rule case files: {@code cases/<rule-id>/cases.json} holds {@code {"cases": [...]}}, each
 * case a report (a base canonical JSON from {@code cases/base/} with JSON-pointer edits), optionally a
 * previous year's report, subordinate reports, the same organ's other documents of the year
 * ({@code "duplicates"}: reports with a {@code "name"}), a reader's record of the layout and a configuration,
 * and the findings of the rule that must come out (an empty list for a negative case).
 */
final class Cases {

    static final ObjectMapper JSON = new ObjectMapper();

    private Cases() {}

    static JsonNode resource(String path) {
        try (InputStream in = Cases.class.getResourceAsStream("/cases/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource cases/" + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report from a case node: {@code base}, {@code set} (pointer → value), {@code remove}, {@code structure}. */
    static Report report(JsonNode spec) {
        ObjectNode doc = (ObjectNode) resource("base/" + spec.path("base").asText("2021") + ".json").deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("set").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            set(doc, e.getKey(), e.getValue());
        }
        for (JsonNode r : spec.path("remove")) {
            String p = r.asText();
            int cut = p.lastIndexOf('/');
            ((ObjectNode) doc.at(p.substring(0, cut))).remove(p.substring(cut + 1));
        }
        Report report;
        try {
            report = ReportJson.read(JSON.writeValueAsString(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (spec.has("structure")) {
            report = report.toBuilder().structure(structure(spec.get("structure"))).build();
        }
        return report;
    }

    private static void set(ObjectNode doc, String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, cut));
        if (!(parent instanceof ObjectNode o)) {
            throw new IllegalArgumentException("no object at " + pointer.substring(0, cut));
        }
        o.set(pointer.substring(cut + 1), value);
    }

    /** A reader's record of the layout: headings, tables found, year mentions, deviations. */
    static DocumentStructure structure(JsonNode s) {
        List<SectionHeading> headings = new ArrayList<>();
        int i = 0;
        for (JsonNode h : s.path("headings")) {
            headings.add(new SectionHeading(Section.fromCode(h.get("section").asText()), h.get("text").asText(),
                    h.path("numbered").asBoolean(true), i++, null));
        }
        Set<TableId> tables = EnumSet.noneOf(TableId.class);
        if (s.has("tables")) {
            for (JsonNode t : s.get("tables")) {
                tables.add(TableId.fromCode(t.asText()));
            }
        } else {
            tables.addAll(EnumSet.allOf(TableId.class));
        }
        List<YearMention> years = new ArrayList<>();
        for (JsonNode y : s.path("years")) {
            years.add(new YearMention(y.get("where").asText(), y.get("year").asInt(), y.path("quote").asText("")));
        }
        List<String> deviations = new ArrayList<>();
        s.path("deviations").forEach(d -> deviations.add(d.asText()));
        Map<TableId, String> unmapped = new java.util.EnumMap<>(TableId.class);
        s.path("unmapped").fields().forEachRemaining(e -> unmapped.put(TableId.fromCode(e.getKey()), e.getValue().asText()));
        tables.removeAll(unmapped.keySet());
        return new DocumentStructure(true, headings, tables, years, deviations, unmapped);
    }

    /** The standard six numbered headings, for cases that record a layout. */
    static List<SectionHeading> numberedHeadings() {
        List<SectionHeading> out = new ArrayList<>();
        for (Section s : Section.values()) {
            out.add(new SectionHeading(s, s.numeral() + "、" + s.label(), true, s.ordinal(), null));
        }
        return out;
    }
}
