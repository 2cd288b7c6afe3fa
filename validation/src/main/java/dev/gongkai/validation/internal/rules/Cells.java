package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.validation.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Every cell of a report's three tables, in template order. */
final class Cells {

    /** One slot: where it is, what it holds, and what kind of number it takes. */
    record Slot(StatTable<?, ?> table, Code row, Code column, Cell cell, ActiveColumn.Kind kind) {
        Location location() {
            return new Location(table.id().code(), row.code(), column.code(), null);
        }
    }

    private Cells() {}

    /** The slots of the report last asked for on this thread: three rules ask for them one after another. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    static List<Slot> of(Report r) {
        Object[] last = LAST.get();
        if (last != null && last[0] == r) {
            return (List<Slot>) last[1];
        }
        List<Slot> out = new ArrayList<>(256);
        add(out, r.activeDisclosure());
        add(out, r.applications());
        add(out, r.reviewLitigation());
        List<Slot> slots = Collections.unmodifiableList(out);
        LAST.set(new Object[] {r, slots});
        return slots;
    }

    static <R extends Enum<R> & Code, C extends Enum<C> & Code> void add(List<Slot> out, StatTable<R, C> t) {
        for (R row : t.rows()) {
            Map<C, Cell> cells = t.row(row);
            for (C column : cells.keySet()) { // keys, not entries: an entry set makes an object per cell
                ActiveColumn.Kind k = column instanceof ActiveColumn ac ? ac.kind() : ActiveColumn.Kind.COUNT;
                out.add(new Slot(t, row, column, cells.get(column), k));
            }
        }
    }
}
