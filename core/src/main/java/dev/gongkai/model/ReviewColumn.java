package dev.gongkai.model;

import java.util.List;

/**
 * Columns of each group of section 四, in template order.
 *
 * @since 0.1
 */
public enum ReviewColumn implements Code {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private static final List<ReviewColumn> ALL = List.of(values());
    private static final List<ReviewColumn> PARTS = ALL.subList(0, 4);

    private final String code;
    private final String label;

    ReviewColumn(String code, String label) {
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

    public static List<ReviewColumn> all() {
        return ALL;
    }

    /** The four columns that add up to {@link #TOTAL}. */
    public static List<ReviewColumn> parts() {
        return PARTS;
    }

    /** Looks a column up by code; {@code null} when unknown. */
    public static ReviewColumn fromCode(String code) {
        return Code.lookup(ReviewColumn.class, code);
    }
}
