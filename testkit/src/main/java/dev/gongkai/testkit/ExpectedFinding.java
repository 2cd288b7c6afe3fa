package dev.gongkai.testkit;

import java.util.Objects;

/**
 * A finding a validator must produce: the rule id and its location as codes of SPEC §2 ({@code null}
 * where a part of the location does not apply). Validation's own finding type is adapted to this
 * record for comparison (see {@link GongkaiAssertions#assertThatFindings}).
 *
 * @param rule the rule id, e.g. {@code applications.balance}
 * @param table the table code, or null
 * @param row the row (group) code, or null
 * @param column the column code, or null
 * @param section the section key, or null
 * @since 0.1
 */
public record ExpectedFinding(String rule, String table, String row, String column, String section) {

    public ExpectedFinding {
        Objects.requireNonNull(rule, "rule");
    }

    /** A finding located in a table. */
    public static ExpectedFinding of(String rule, String table, String row, String column) {
        return new ExpectedFinding(rule, table, row, column, null);
    }

    /** A finding with no location. */
    public static ExpectedFinding of(String rule) {
        return new ExpectedFinding(rule, null, null, null, null);
    }

    /** This finding located in a section too. */
    public ExpectedFinding inSection(String sectionKey) {
        return new ExpectedFinding(rule, table, row, column, sectionKey);
    }

    @Override
    public String toString() {
        return rule + " @ " + table + "/" + row + "/" + column + (section == null ? "" : " §" + section);
    }
}
