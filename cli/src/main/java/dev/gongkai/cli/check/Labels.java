package dev.gongkai.cli.check;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Code;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.model.TableId;
import java.util.ArrayList;
import java.util.List;

/** The template's Chinese labels of a finding's location, for people reading the report page. */
final class Labels {
    private Labels() {}

    /** E.g. {@code 表三 · 一、本年新收政府信息公开申请数量 · 自然人}; empty when the codes are unknown. */
    static String of(Issue i) {
        List<String> parts = new ArrayList<>();
        TableId t = i.table() == null ? null : TableId.fromCode(i.table());
        if (t != null) {
            parts.add("表" + t.section().numeral());
            add(parts, row(t, i.row()));
            add(parts, column(t, i.column()));
        }
        Section s = i.section() == null ? null : Section.fromCode(i.section());
        if (s != null) {
            parts.add(s.numeral() + "、" + s.label());
        }
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, Code c) {
        if (c != null) {
            parts.add(c.label());
        }
    }

    private static Code row(TableId t, String code) {
        if (code == null) {
            return null;
        }
        switch (t) {
            case ACTIVE_DISCLOSURE:
                return ActiveRow.fromCode(code);
            case APPLICATIONS:
                return ApplicationRow.fromCode(code);
            default:
                return ReviewGroup.fromCode(code);
        }
    }

    private static Code column(TableId t, String code) {
        if (code == null) {
            return null;
        }
        switch (t) {
            case ACTIVE_DISCLOSURE:
                return ActiveColumn.fromCode(code);
            case APPLICATIONS:
                return Applicant.fromCode(code);
            default:
                return ReviewColumn.fromCode(code);
        }
    }
}
