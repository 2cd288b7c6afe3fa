package dev.gongkai.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hierarchy of organs a user gives for {@code batch.hierarchy-sum}: each parent organ and the organs
 * whose reports add up to its table 三 in the same year. Names are matched by organ key over the batch's
 * names and the hierarchy's together ({@link #organs}: 洪泽区人民政府 in the hierarchy is the report of
 * 淮安市洪泽区人民政府 when the batch leaves no doubt), so the hierarchy may name organs with or without their
 * parents. {@code gongkai check --hierarchy} and the Spark job's {@code --hierarchy} read the same file
 * ({@link #parse}) and key it the same way.
 *
 * <pre>{@code
 * OrganHierarchy h = OrganHierarchy.parse(Files.readString(path));   // parent,child lines
 * List<List<Finding>> findings = validator.validateBatch(reports, h.asMap());
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class OrganHierarchy {

    /** No hierarchy. */
    public static final OrganHierarchy NONE = new OrganHierarchy(Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> children;

    private OrganHierarchy(Map<String, List<String>> children) {
        this.children = children;
    }

    /** The hierarchy of a map: parent organ → its subordinate organs (names as written). */
    public static OrganHierarchy of(Map<String, ? extends Collection<String>> parentToChildren) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        parentToChildren.forEach((p, kids) -> m.put(p, List.copyOf(new LinkedHashSet<>(kids))));
        return new OrganHierarchy(java.util.Collections.unmodifiableMap(m));
    }

    /**
     * Reads a hierarchy: one parent and one subordinate organ per line, either as CSV ({@code parent,child};
     * a first line {@code parent,child} is a header; fields may be quoted with {@code "}) or as JSON lines
     * ({@code {"parent": "…", "child": "…"}}). Blank lines and lines starting with {@code #} are ignored.
     *
     * @throws IllegalArgumentException naming the line that is neither
     */
    public static OrganHierarchy parse(String text) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] pc = line.startsWith("{") ? json(line, i + 1) : csv(line, i + 1);
            if (m.isEmpty() && pc[0].equalsIgnoreCase("parent") && pc[1].equalsIgnoreCase("child")) {
                continue;
            }
            m.computeIfAbsent(pc[0], x -> new LinkedHashSet<>()).add(pc[1]);
        }
        return of(m);
    }

    private static String[] json(String line, int n) {
        try {
            JsonNode o = JSON.readTree(line);
            JsonNode p = o.get("parent");
            JsonNode c = o.get("child");
            if (p == null || c == null || !p.isTextual() || !c.isTextual() || p.asText().isBlank() || c.asText().isBlank()) {
                throw new IllegalArgumentException("line " + n + ": a JSON line needs \"parent\" and \"child\" names");
            }
            return new String[] {p.asText().strip(), c.asText().strip()};
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + n + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String[] csv(String line, int n) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(f.toString().strip());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        fields.add(f.toString().strip());
        if (quoted || fields.size() != 2 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
            throw new IllegalArgumentException("line " + n + ": expected parent,child (two names), not: " + line);
        }
        return fields.toArray(new String[0]);
    }

    /** Whether no parent is named. */
    public boolean isEmpty() {
        return children.isEmpty();
    }

    /** Parent organ → its subordinate organs, names as given. */
    public Map<String, List<String>> asMap() {
        return children;
    }

    /** The organs of a batch's names and this hierarchy's together, so that both are keyed alike. */
    public Organs organs(Collection<String> batchNames) {
        List<String> all = new ArrayList<>(batchNames);
        children.forEach((parent, kids) -> {
            all.add(parent);
            all.addAll(kids);
        });
        return Organs.of(all);
    }

    /**
     * The hierarchy by organ keys of {@link #organs}: a parent's key → its subordinates' keys (names that are
     * no plausible organ left out).
     */
    public Map<String, Set<String>> childKeys(Organs organs) {
        Map<String, Set<String>> out = new HashMap<>();
        children.forEach((parent, kids) -> {
            String pk = organs.key(parent);
            if (pk == null) {
                return;
            }
            for (String kid : kids) {
                String ck = organs.key(kid);
                if (ck != null && !ck.equals(pk)) {
                    out.computeIfAbsent(pk, x -> new HashSet<>()).add(ck);
                }
            }
        });
        return out;
    }
}
