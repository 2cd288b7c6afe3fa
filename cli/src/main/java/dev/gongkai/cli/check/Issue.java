package dev.gongkai.cli.check;

import java.math.BigDecimal;

/**
 * A finding as the outputs show it: rule, severity, location codes, values, the message in both
 * languages and where in the source it points.
 *
 * @param rule the rule id
 * @param level the severity
 * @param table a table code or {@code null}
 * @param row a row code or {@code null}
 * @param column a column code or {@code null}
 * @param section a section key or {@code null}
 * @param expected the expected value or {@code null}
 * @param actual the actual value or {@code null}
 * @param zh the message in Chinese
 * @param en the message in English
 * @param span where in the source ({@code line 12:3}, {@code page 2 …}, an element path), or {@code null}
 */
public record Issue(String rule, Level level, String table, String row, String column, String section,
        BigDecimal expected, BigDecimal actual, String zh, String en, String span) {

    /** The message in a language ({@code zh} or anything else for English). */
    public String message(String lang) {
        return "zh".equals(lang) ? zh : en;
    }

    /** The location as {@code table/row/column §section}, empty for the whole document. */
    public String where() {
        StringBuilder b = new StringBuilder();
        if (table != null) {
            b.append(table).append('/').append(row == null ? "*" : row).append('/').append(column == null ? "*" : column);
        }
        if (section != null) {
            b.append(b.length() > 0 ? " " : "").append('§').append(section);
        }
        return b.toString();
    }
}
