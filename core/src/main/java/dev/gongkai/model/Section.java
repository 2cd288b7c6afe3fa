package dev.gongkai.model;

/**
 * The six numbered sections of a report, in template order. {@link #code()} is the key in the
 * canonical JSON's {@code sections} object.
 *
 * @since 0.1
 */
public enum Section implements Code {
    OVERVIEW("overview", "一", "总体情况"),
    ACTIVE_DISCLOSURE("active_disclosure", "二", "主动公开政府信息情况"),
    APPLICATIONS("applications", "三", "收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("review_litigation", "四", "政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("problems", "五", "存在的主要问题及改进情况"),
    OTHER_MATTERS("other_matters", "六", "其他需要报告的事项");

    private final String code;
    private final String numeral;
    private final String label;

    Section(String code, String numeral, String label) {
        this.code = code;
        this.numeral = numeral;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    /** The typical heading without its numeral. */
    @Override
    public String label() {
        return label;
    }

    /** The Chinese numeral of the heading, 一 … 六. */
    public String numeral() {
        return numeral;
    }

    /** Looks a section up by its JSON key; {@code null} when unknown. */
    public static Section fromCode(String code) {
        return Code.lookup(Section.class, code);
    }
}
