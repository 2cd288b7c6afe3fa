package dev.gongkai.layout.internal;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.DocumentStructure;
import dev.gongkai.model.Section;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ProblemList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The sections of tables 二, 三 and 四 in which a glued table (running text cut by a reader) held
 * numbers. When such a section's table was not mapped at all (no row label of it was found), the
 * document still holds it: it is recorded as unmapped ({@link DocumentStructure#withUnmapped}), not
 * missing, and the problem {@code row-not-found} says so.
 */
final class GluedSections {

    static final String NOT_FOUND = "row-not-found";

    private final Map<TableId, GridCell> numbers = new EnumMap<>(TableId.class);

    /** Notes a glued table standing in {@code section} (null: before any heading). */
    void table(Table t, Section section) {
        TableId id = tableOf(section);
        if (id == null || t.kind() != Table.Kind.GLUED || numbers.containsKey(id)) {
            return;
        }
        for (GridCell c : t.rows().get(0)) {
            if (!c.isEmpty() && GluedSplit.isRunToken(c.text()) && !ValueReader.isBlank(c.text())) {
                numbers.put(id, c);
                return;
            }
        }
    }

    /** The structure with each table whose section held glued numbers but that was not found recorded as unmapped. */
    DocumentStructure unmapped(DocumentStructure s, Set<TableId> found, ProblemList problems) {
        DocumentStructure out = s;
        for (Map.Entry<TableId, GridCell> e : numbers.entrySet()) {
            if (!found.contains(e.getKey())) {
                problems.add(NOT_FOUND, e.getKey().code() + ": its section holds numbers in running text, but no row"
                        + " label of the table was found among them; the table is held by the document but not"
                        + " mapped, its cells are left missing", e.getValue().span());
                out = out.withUnmapped(e.getKey(), NOT_FOUND);
            }
        }
        return out;
    }

    /** The table a section holds, or {@code null}. */
    static TableId tableOf(Section s) {
        if (s == null) {
            return null;
        }
        for (TableId t : TableId.values()) {
            if (t.section() == s) {
                return t;
            }
        }
        return null;
    }
}
