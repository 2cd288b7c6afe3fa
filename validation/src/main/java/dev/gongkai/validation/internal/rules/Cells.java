package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.validation.Location;
import java.util.ArrayList;
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

    static List<Slot> of(Report r) {
        List<Slot> out = new ArrayList<>();
        add(out, r.activeDisclosure());
        add(out, r.applications());
        add(out, r.reviewLitigation());
        return out;
    }

    static <R extends Enum<R> & Code, C extends Enum<C> & Code> void add(List<Slot> out, StatTable<R, C> t) {
        for (R row : t.rows()) {
            for (Map.Entry<C, Cell> e : t.row(row).entrySet()) {
                ActiveColumn.Kind k = e.getKey() instanceof ActiveColumn ac ? ac.kind() : ActiveColumn.Kind.COUNT;
                out.add(new Slot(t, row, e.getKey(), e.getValue(), k));
            }
        }
    }
}
