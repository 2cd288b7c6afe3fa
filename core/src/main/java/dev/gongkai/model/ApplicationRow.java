package dev.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of section 三 (applications), in template order, edition-aware.
 *
 * <p>Group headings of the template (三、本年度办理结果, （三）不予公开 …) are not rows; they are
 * given by {@link #group()}. Edition 2021 splits （六）其他处理 into three rows; edition 2019 has it as
 * one row, {@link #OTHER}. Some 2021 reports keep the 2019 layout: such a table has {@link #OTHER}
 * and none of the three {@code other.*} rows (see {@link #rows(Edition, boolean)}).
 *
 * @since 0.1
 */
public enum ApplicationRow implements Code {
    NEW_RECEIVED("new_received", "一、本年新收政府信息公开申请数量", null, Kind.INPUT),
    CARRIED_OVER("carried_over", "二、上年结转政府信息公开申请数量", null, Kind.INPUT),
    GRANTED("granted", "（一）予以公开", null, Kind.OUTCOME),
    PARTIALLY_GRANTED("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, Kind.OUTCOME),
    DENIED_STATE_SECRET("denied.state_secret", "1.属于国家秘密", "（三）不予公开", Kind.OUTCOME),
    DENIED_PROHIBITED_BY_LAW("denied.prohibited_by_law", "2.其他法律行政法规禁止公开", "（三）不予公开", Kind.OUTCOME),
    DENIED_SECURITY_STABILITY("denied.security_stability", "3.危及“三安全一稳定”", "（三）不予公开", Kind.OUTCOME),
    DENIED_THIRD_PARTY_RIGHTS("denied.third_party_rights", "4.保护第三方合法权益", "（三）不予公开", Kind.OUTCOME),
    DENIED_INTERNAL_AFFAIRS("denied.internal_affairs", "5.属于三类内部事务信息", "（三）不予公开", Kind.OUTCOME),
    DENIED_PROCESS_INFORMATION("denied.process_information", "6.属于四类过程性信息", "（三）不予公开", Kind.OUTCOME),
    DENIED_LAW_ENFORCEMENT_FILE("denied.law_enforcement_file", "7.属于行政执法案卷", "（三）不予公开", Kind.OUTCOME),
    DENIED_ADMINISTRATIVE_INQUIRY("denied.administrative_inquiry", "8.属于行政查询事项", "（三）不予公开", Kind.OUTCOME),
    UNABLE_NOT_HELD("unable.not_held", "1.本机关不掌握相关政府信息", "（四）无法提供", Kind.OUTCOME),
    UNABLE_NEEDS_CREATION("unable.needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供", Kind.OUTCOME),
    UNABLE_UNCLEAR_AFTER_CORRECTION("unable.unclear_after_correction", "3.补正后申请内容仍不明确", "（四）无法提供", Kind.OUTCOME),
    NOT_PROCESSED_COMPLAINT("not_processed.complaint", "1.信访举报投诉类申请", "（五）不予处理", Kind.OUTCOME),
    NOT_PROCESSED_DUPLICATE("not_processed.duplicate", "2.重复申请", "（五）不予处理", Kind.OUTCOME),
    NOT_PROCESSED_PUBLICATION("not_processed.publication", "3.要求提供公开出版物", "（五）不予处理", Kind.OUTCOME),
    NOT_PROCESSED_EXCESSIVE("not_processed.excessive", "4.无正当理由大量反复申请", "（五）不予处理", Kind.OUTCOME),
    NOT_PROCESSED_CONFIRMATION("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理", Kind.OUTCOME),
    OTHER_NO_CORRECTION("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理", Kind.OUTCOME),
    OTHER_UNPAID_FEE("other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理", Kind.OUTCOME),
    OTHER_OTHER("other.other", "3.其他", "（六）其他处理", Kind.OUTCOME),
    OTHER("other", "（六）其他处理", null, Kind.OUTCOME),
    TOTAL_HANDLED("total_handled", "（七）总计", null, Kind.TOTAL),
    CARRIED_FORWARD("carried_forward", "四、结转下年度继续办理", null, Kind.CARRIED_FORWARD);

    /** The role of a row in the template's arithmetic. */
    public enum Kind {
        /** 一 and 二: what came in. */
        INPUT,
        /** One outcome of 三、本年度办理结果; they add up to {@link ApplicationRow#TOTAL_HANDLED}. */
        OUTCOME,
        /** （七）总计. */
        TOTAL,
        /** 四、结转下年度继续办理. */
        CARRIED_FORWARD
    }

    private final String code;
    private final String label;
    private final String group;
    private final Kind kind;

    ApplicationRow(String code, String label, String group, Kind kind) {
        this.code = code;
        this.label = label;
        this.group = group;
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

    /** The sub-heading the row stands under (e.g. （三）不予公开), or {@code null}. */
    public String group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isOutcome() {
        return kind == Kind.OUTCOME;
    }

    /** The three rows that 2021 has in place of {@link #OTHER}. */
    public boolean isOtherSubRow() {
        return this == OTHER_NO_CORRECTION || this == OTHER_UNPAID_FEE || this == OTHER_OTHER;
    }

    /** The edition's rows in template order (2021 with the three {@code other.*} rows). */
    public static List<ApplicationRow> rows(Edition edition) {
        return rows(edition, edition == Edition.E2019);
    }

    /**
     * The rows of a table in template order.
     *
     * @param otherAsOneRow true for （六）其他处理 as the one row {@link #OTHER} (always so in 2019; the
     *     collapsed layout in 2021), false for the three {@code other.*} rows (2021 only)
     */
    public static List<ApplicationRow> rows(Edition edition, boolean otherAsOneRow) {
        if (edition == Edition.E2019 && !otherAsOneRow) {
            throw new IllegalArgumentException("edition 2019 has （六）其他处理 as one row");
        }
        List<ApplicationRow> out = new ArrayList<>();
        for (ApplicationRow r : values()) {
            if (r == OTHER ? otherAsOneRow : !(r.isOtherSubRow() && otherAsOneRow)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** Looks a row up by code; {@code null} when unknown. */
    public static ApplicationRow fromCode(String code) {
        return Code.lookup(ApplicationRow.class, code);
    }
}
