package dev.gongkai.model;

import java.util.Objects;

/**
 * A place the reader could not read with certainty: a cell ({@code row} and {@code column} set), or a
 * whole table the document holds but the reader could not map onto the template ({@code row} and
 * {@code column} {@code null}).
 *
 * @param table the table
 * @param row the row code, or {@code null} for the whole table
 * @param column the column code, or {@code null} for the whole table
 * @param problem the code of the reader's problem ({@code row-long}, {@code ambiguous-split} …)
 * @since 0.2
 */
public record Uncertainty(TableId table, Code row, Code column, String problem) {
    public Uncertainty {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(problem, "problem");
        if ((row == null) != (column == null)) {
            throw new IllegalArgumentException("a cell names its row and column; a table names neither");
        }
    }

    /** True when the whole table, not one cell, is uncertain. */
    public boolean isTable() {
        return row == null;
    }

    @Override
    public String toString() {
        return table.code() + (row == null ? "" : "/" + row.code() + "/" + column.code()) + " (" + problem + ")";
    }
}
