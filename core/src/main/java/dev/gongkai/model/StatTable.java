package dev.gongkai.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One immutable table of a report: its rows in template order, each row's columns, and a {@link Cell}
 * in every slot (a slot the document lacks holds {@link Cell#MISSING}).
 *
 * @param <R> the row code type
 * @param <C> the column code type
 * @since 0.1
 */
public final class StatTable<R extends Enum<R> & Code, C extends Enum<C> & Code> {

    private final TableId id;
    private final List<R> rows;
    private final Map<R, Map<C, Cell>> cells;
    /** The columns of each row as a list, by row ordinal, made on first use. */
    private List<?>[] columnLists;

    private StatTable(TableId id, Map<R, Map<C, Cell>> cells) {
        this.id = id;
        this.rows = List.copyOf(cells.keySet());
        this.cells = Collections.unmodifiableMap(cells);
    }

    /** A builder for a table with the given rows, each with its columns, all cells missing at first. */
    public static <R extends Enum<R> & Code, C extends Enum<C> & Code> Builder<R, C> builder(
            TableId id, List<R> rows, Function<R, List<C>> columns) {
        return new Builder<>(id, rows, columns);
    }

    public TableId id() {
        return id;
    }

    /** The rows this table has, in template order. */
    public List<R> rows() {
        return rows;
    }

    /** Whether the table has this row. */
    public boolean has(R row) {
        return cells.containsKey(row);
    }

    /** Whether the table has this slot. */
    public boolean has(R row, C column) {
        Map<C, Cell> r = cells.get(row);
        return r != null && r.containsKey(column);
    }

    /** The columns of a row, in template order (empty when the table lacks the row). */
    public List<C> columns(R row) {
        Map<C, Cell> r = cells.get(row);
        if (r == null) {
            return List.of();
        }
        // made once per row on first use: rules ask for a row's columns again and again
        List<?>[] cache = columnLists;
        if (cache == null) {
            cache = new List<?>[row.getDeclaringClass().getEnumConstants().length];
            columnLists = cache;
        }
        @SuppressWarnings("unchecked")
        List<C> l = (List<C>) cache[row.ordinal()];
        if (l == null) {
            l = List.copyOf(r.keySet());
            cache[row.ordinal()] = l; // a benign race: every thread makes the same immutable list
        }
        return l;
    }

    /** The cells of a row by column, in template order (empty when the table lacks the row). */
    public Map<C, Cell> row(R row) {
        Map<C, Cell> r = cells.get(row);
        return r == null ? Map.of() : r;
    }

    /**
     * The cell in a slot.
     *
     * @throws IllegalArgumentException when the table has no such slot (a row or column that its
     *     edition or layout does not have)
     */
    public Cell cell(R row, C column) {
        Map<C, Cell> r = cells.get(row);
        if (r == null || !r.containsKey(column)) {
            throw new IllegalArgumentException(id.code() + " has no cell " + row.code() + "/" + column.code());
        }
        return r.get(column);
    }

    /** The value in a slot, {@code null} when blank, missing or not in the table. */
    public BigDecimal value(R row, C column) {
        Map<C, Cell> r = cells.get(row);
        Cell c = r == null ? null : r.get(column);
        return c == null ? null : c.value();
    }

    /** True when every cell of the table is blank or missing. */
    public boolean isEmpty() {
        for (Map<C, Cell> r : cells.values()) {
            for (Cell c : r.values()) {
                if (!c.isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when no cell of the table was found in the document (all {@link Cell#isMissing()}). */
    public boolean isAbsent() {
        for (Map<C, Cell> r : cells.values()) {
            for (Cell c : r.values()) {
                if (!c.isMissing()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A builder holding a copy of this table. */
    public Builder<R, C> toBuilder() {
        Builder<R, C> b = new Builder<>(id, rows, this::columns);
        cells.forEach((r, m) -> m.forEach((c, cell) -> b.put(r, c, cell)));
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatTable<?, ?> t && t.id == id && t.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, cells);
    }

    @Override
    public String toString() {
        return id.code() + cells;
    }

    /**
     * Builds a {@link StatTable}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder<R extends Enum<R> & Code, C extends Enum<C> & Code> {
        private final TableId id;
        // Enum maps iterate in declaration order, which the code enums keep equal to template order.
        private final EnumMap<R, Map<C, Cell>> cells;

        private Builder(TableId id, List<R> rows, Function<R, List<C>> columns) {
            this.id = Objects.requireNonNull(id);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a table has rows");
            }
            this.cells = new EnumMap<>(rows.get(0).getDeclaringClass());
            for (R r : rows) {
                List<C> cols = columns.apply(r);
                if (cols.isEmpty()) {
                    throw new IllegalArgumentException("row " + r.code() + " has no columns");
                }
                Map<C, Cell> m = new EnumMap<>(cols.get(0).getDeclaringClass());
                for (C c : cols) {
                    m.put(c, Cell.MISSING);
                }
                cells.put(r, m);
            }
        }

        /** Sets a cell; {@code null} means missing. */
        public Builder<R, C> put(R row, C column, Cell cell) {
            Map<C, Cell> m = cells.get(row);
            if (m == null || !m.containsKey(column)) {
                throw new IllegalArgumentException(id.code() + " has no cell " + row.code() + "/" + column.code());
            }
            m.put(column, cell == null ? Cell.MISSING : cell);
            return this;
        }

        /** Whether the table being built has this slot. */
        public boolean has(R row, C column) {
            Map<C, Cell> m = cells.get(row);
            return m != null && m.containsKey(column);
        }

        /** The cell set so far in a slot. */
        public Cell get(R row, C column) {
            Map<C, Cell> m = cells.get(row);
            Cell c = m == null ? null : m.get(column);
            if (c == null) {
                throw new IllegalArgumentException(id.code() + " has no cell " + row.code() + "/" + column.code());
            }
            return c;
        }

        public StatTable<R, C> build() {
            EnumMap<R, Map<C, Cell>> copy = new EnumMap<>(cells);
            copy.replaceAll((r, m) -> Collections.unmodifiableMap(new EnumMap<>((EnumMap<C, Cell>) m)));
            return new StatTable<>(id, copy);
        }

        /** The rows of the table being built, in order. */
        public List<R> rows() {
            return new ArrayList<>(cells.keySet());
        }
    }
}
