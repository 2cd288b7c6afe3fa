package dev.gongkai.model;

import java.util.List;

/**
 * Rows (groups) of section 四. In the source the three groups' fifteen numbers stand in one row.
 *
 * @since 0.1
 */
public enum ReviewGroup implements Code {
    REVIEW("review", "行政复议"),
    LITIGATION_DIRECT("litigation_direct", "行政诉讼 / 未经复议直接起诉"),
    LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼 / 复议后起诉");

    private static final List<ReviewGroup> ALL = List.of(values());

    private final String code;
    private final String label;

    ReviewGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static List<ReviewGroup> all() {
        return ALL;
    }

    /** Looks a group up by code; {@code null} when unknown. */
    public static ReviewGroup fromCode(String code) {
        return Code.lookup(ReviewGroup.class, code);
    }
}
