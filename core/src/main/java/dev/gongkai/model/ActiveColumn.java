package dev.gongkai.model;

/**
 * Columns of section 二 (active disclosure). Which columns a row has depends on the edition: see
 * {@link ActiveRow#columns(Edition)}.
 *
 * @since 0.1
 */
public enum ActiveColumn implements Code {
    // Declared so that, for every row of either edition, template column order is declaration order.
    ISSUED("issued", "本年制发件数", Kind.COUNT),
    ABOLISHED("abolished", "本年废止件数", Kind.COUNT),
    IN_FORCE("in_force", "现行有效件数", Kind.COUNT),
    NEWLY_MADE("newly_made", "本年新制作数量", Kind.COUNT),
    NEWLY_PUBLISHED("newly_published", "本年新公开数量", Kind.COUNT),
    TOTAL_PUBLISHED("total_published", "对外公开总数量", Kind.COUNT),
    PREVIOUS_YEAR_ITEMS("previous_year_items", "上一年项目数量", Kind.COUNT),
    CHANGE("change", "本年增/减", Kind.SIGNED_COUNT),
    DECISIONS("decisions", "本年处理决定数量", Kind.COUNT),
    AMOUNT("amount", "本年收费金额（单位：万元）", Kind.AMOUNT),
    PROCUREMENT_ITEMS("procurement_items", "采购项目数量", Kind.COUNT),
    PROCUREMENT_AMOUNT("procurement_amount", "采购总金额", Kind.AMOUNT);

    /** What a column holds. */
    public enum Kind {
        /** A whole number ≥ 0. */
        COUNT,
        /** A whole number that may be negative (本年增/减). */
        SIGNED_COUNT,
        /** An exact decimal ≥ 0 (万元 or 元). */
        AMOUNT
    }

    private final String code;
    private final String label;
    private final Kind kind;

    ActiveColumn(String code, String label, Kind kind) {
        this.code = code;
        this.label = label;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The column's label in the given edition (2019 says 处理决定数量 where 2021 says 本年处理决定数量). */
    public String label(Edition edition) {
        return this == DECISIONS && edition == Edition.E2019 ? "处理决定数量" : label;
    }

    public Kind kind() {
        return kind;
    }

    /** True for amounts (decimals), false for counts. */
    public boolean isAmount() {
        return kind == Kind.AMOUNT;
    }

    /** True for the one column that may be negative, 本年增/减. */
    public boolean isSigned() {
        return kind == Kind.SIGNED_COUNT;
    }

    /** Looks a column up by code; {@code null} when unknown. */
    public static ActiveColumn fromCode(String code) {
        return Code.lookup(ActiveColumn.class, code);
    }
}
