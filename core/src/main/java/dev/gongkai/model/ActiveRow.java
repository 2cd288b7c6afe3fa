package dev.gongkai.model;

import static dev.gongkai.model.ActiveColumn.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of section 二 (active disclosure, Article 20 items), edition-aware.
 *
 * @since 0.1
 */
public enum ActiveRow implements Code {
    RULES("rules", "规章", "规章", "第二十条第（一）项"),
    NORMATIVE_DOCUMENTS("normative_documents", "行政规范性文件", "规范性文件", "第二十条第（一）项"),
    ADMINISTRATIVE_LICENSING("administrative_licensing", "行政许可", "行政许可", "第二十条第（五）项"),
    OTHER_EXTERNAL_SERVICES("other_external_services", null, "其他对外管理服务事项", "第二十条第（五）项"),
    ADMINISTRATIVE_PENALTY("administrative_penalty", "行政处罚", "行政处罚", "第二十条第（六）项"),
    ADMINISTRATIVE_COERCION("administrative_coercion", "行政强制", "行政强制", "第二十条第（六）项"),
    ADMINISTRATIVE_FEES("administrative_fees", "行政事业性收费", "行政事业性收费", "第二十条第（八）项"),
    CENTRALIZED_PROCUREMENT("centralized_procurement", null, "政府集中采购", "第二十条第（九）项");

    private final String code;
    private final String label2021;
    private final String label2019;
    private final String item;

    ActiveRow(String code, String label2021, String label2019, String item) {
        this.code = code;
        this.label2021 = label2021;
        this.label2019 = label2019;
        this.item = item;
    }

    @Override
    public String code() {
        return code;
    }

    /** The 2021 label where the row exists in 2021, else the 2019 label. */
    @Override
    public String label() {
        return label2021 != null ? label2021 : label2019;
    }

    /** The row's label in an edition. */
    public String label(Edition edition) {
        return edition == Edition.E2019 ? label2019 : label();
    }

    /** The article item the row belongs to, e.g. 第二十条第（一）项. */
    public String item() {
        return item;
    }

    /** Whether the edition's template has this row. */
    public boolean inEdition(Edition edition) {
        return edition == Edition.E2019 || label2021 != null;
    }

    /** The columns of this row in an edition, in template order (empty when the row is not in it). */
    public List<ActiveColumn> columns(Edition edition) {
        if (!inEdition(edition)) {
            return List.of();
        }
        if (edition == Edition.E2021) {
            switch (this) {
                case RULES:
                case NORMATIVE_DOCUMENTS:
                    return List.of(ISSUED, ABOLISHED, IN_FORCE);
                case ADMINISTRATIVE_FEES:
                    return List.of(AMOUNT);
                default:
                    return List.of(DECISIONS);
            }
        }
        switch (this) {
            case RULES:
            case NORMATIVE_DOCUMENTS:
                return List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED);
            case ADMINISTRATIVE_FEES:
                return List.of(PREVIOUS_YEAR_ITEMS, CHANGE);
            case CENTRALIZED_PROCUREMENT:
                return List.of(PROCUREMENT_ITEMS, PROCUREMENT_AMOUNT);
            default:
                return List.of(PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS);
        }
    }

    /** The rows of an edition, in template order. */
    public static List<ActiveRow> rows(Edition edition) {
        List<ActiveRow> out = new ArrayList<>();
        for (ActiveRow r : values()) {
            if (r.inEdition(edition)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** Looks a row up by code; {@code null} when unknown. */
    public static ActiveRow fromCode(String code) {
        return Code.lookup(ActiveRow.class, code);
    }
}
