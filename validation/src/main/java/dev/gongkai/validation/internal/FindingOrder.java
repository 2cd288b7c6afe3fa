package dev.gongkai.validation.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Location;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The published order of findings: document-level findings first (by section), then table by table
 * in template order, rows in template order (a whole-column finding before the rows), columns in
 * template order; ties by rule id, then by severity. Sorting is stable.
 */
public final class FindingOrder {

    /** The comparator. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> table(f.location()))
            .thenComparingInt(f -> row(f.location()))
            .thenComparingInt(f -> column(f.location()))
            .thenComparingInt(f -> section(f.location()))
            .thenComparing(Finding::rule)
            .thenComparing(Finding::severity);

    private FindingOrder() {}

    /** A finding with its place in the order worked out once (the codes are looked up per finding, not per comparison). */
    private record Keyed(Finding finding, int table, int row, int column, int section) {}

    private static final Comparator<Keyed> KEYED = Comparator.comparingInt(Keyed::table)
            .thenComparingInt(Keyed::row)
            .thenComparingInt(Keyed::column)
            .thenComparingInt(Keyed::section)
            .thenComparing(k -> k.finding().rule())
            .thenComparing(k -> k.finding().severity());

    /** Sorts findings by {@link #ORDER}, stably. */
    public static void sort(List<Finding> findings) {
        if (findings.size() < 2) {
            return;
        }
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            Finding f = findings.get(i);
            Location l = f.location();
            keyed[i] = new Keyed(f, table(l), row(l), column(l), section(l));
        }
        Arrays.sort(keyed, KEYED); // stable, as List.sort
        for (int i = 0; i < keyed.length; i++) {
            findings.set(i, keyed[i].finding());
        }
    }

    private static int table(Location l) {
        TableId t = l.table() == null ? null : TableId.fromCode(l.table());
        return t == null ? (l.table() == null ? -1 : 99) : t.ordinal();
    }

    private static int row(Location l) {
        if (l.row() == null) {
            return -1;
        }
        Enum<?> e = switch (l.table() == null ? "" : l.table()) {
            case "active_disclosure" -> ActiveRow.fromCode(l.row());
            case "applications" -> ApplicationRow.fromCode(l.row());
            case "review_litigation" -> ReviewGroup.fromCode(l.row());
            default -> null;
        };
        return e == null ? 999 : e.ordinal();
    }

    private static int column(Location l) {
        if (l.column() == null) {
            return -1;
        }
        Enum<?> e = switch (l.table() == null ? "" : l.table()) {
            case "active_disclosure" -> ActiveColumn.fromCode(l.column());
            case "applications" -> Applicant.fromCode(l.column());
            case "review_litigation" -> ReviewColumn.fromCode(l.column());
            default -> null;
        };
        return e == null ? 999 : e.ordinal();
    }

    private static int section(Location l) {
        Section s = l.section() == null ? null : Section.fromCode(l.section());
        return s == null ? (l.section() == null ? -1 : 99) : s.ordinal();
    }
}
