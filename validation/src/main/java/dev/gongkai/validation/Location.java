package dev.gongkai.validation;

import dev.gongkai.model.Code;
import dev.gongkai.model.Section;
import dev.gongkai.model.TableId;

/**
 * Where a finding points (SPEC section 7): a table code, a row code, a column code and a section key,
 * each {@code null} when it does not apply.
 *
 * @param table {@code active_disclosure}, {@code applications}, {@code review_litigation} or {@code null}
 * @param row a row code of the table, or {@code null}
 * @param column a column code of the table, or {@code null}
 * @param section a key of the report's {@code sections}, or {@code null}
 * @since 0.1
 */
public record Location(String table, String row, String column, String section) {

    /** The location of a finding about the whole document. */
    public static final Location DOCUMENT = new Location(null, null, null, null);

    /** A cell, or a row ({@code column} null), or a column ({@code row} null) of a table. */
    public static Location cell(TableId table, Code row, Code column) {
        return new Location(table.code(), row == null ? null : row.code(), column == null ? null : column.code(), null);
    }

    /** A section. */
    public static Location section(Section section) {
        return new Location(null, null, null, section.code());
    }

    /** This location with a section key added. */
    public Location withSection(Section s) {
        return new Location(table, row, column, s == null ? null : s.code());
    }

    /** A compact form, e.g. {@code applications/new_received/total §overview}; empty for the document. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (table != null) {
            b.append(table).append('/').append(row == null ? "*" : row).append('/').append(column == null ? "*" : column);
        }
        if (section != null) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('§').append(section);
        }
        return b.toString();
    }
}
