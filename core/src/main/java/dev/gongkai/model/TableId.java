package dev.gongkai.model;

/**
 * The three tables of a report.
 *
 * @since 0.1
 */
public enum TableId implements Code {
    /** Section 二: Article 20 items. */
    ACTIVE_DISCLOSURE("active_disclosure", "主动公开政府信息情况", Section.ACTIVE_DISCLOSURE),
    /** Section 三: applications by applicant type. */
    APPLICATIONS("applications", "收到和处理政府信息公开申请情况", Section.APPLICATIONS),
    /** Section 四: administrative review and litigation. */
    REVIEW_LITIGATION("review_litigation", "政府信息公开行政复议、行政诉讼情况", Section.REVIEW_LITIGATION);

    private final String code;
    private final String label;
    private final Section section;

    TableId(String code, String label, Section section) {
        this.code = code;
        this.label = label;
        this.section = section;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The section the table stands in. */
    public Section section() {
        return section;
    }

    /** Looks a table up by its code; {@code null} when unknown. */
    public static TableId fromCode(String code) {
        return Code.lookup(TableId.class, code);
    }
}
