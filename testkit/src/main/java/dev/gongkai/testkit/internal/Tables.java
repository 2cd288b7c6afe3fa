package dev.gongkai.testkit.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import dev.gongkai.testkit.render.Variation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three tables as the template lays them out (header blocks, merged label cells). A cell the report
 * records as missing ({@link dev.gongkai.model.Cell#isMissing()}) is not written at all, so a row with
 * missing cells comes out short (seed 002's rows of 5 values under 7 columns); a blank cell is written
 * with its raw text.
 */
final class Tables {

    private Tables() {}

    /** Table 二: one block per article item, four columns wide. */
    static Grid active(Report r, Labels l) {
        Grid g = new Grid(4);
        StatTable<ActiveRow, ActiveColumn> t = r.activeDisclosure();
        Map<String, List<ActiveRow>> items = new LinkedHashMap<>();
        for (ActiveRow row : t.rows()) {
            items.computeIfAbsent(row.item(), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<ActiveRow>> e : items.entrySet()) {
            g.row(true, null).span(l.punct(e.getKey()), 4, 1);
            List<ActiveColumn> cols = e.getValue().get(0).columns(r.edition());
            Grid.RowBuilder h = g.row(true, null).label("信息内容");
            for (int i = 0; i < cols.size(); i++) {
                h.span(l.punct(cols.get(i).label(r.edition())), i == cols.size() - 1 ? 4 - cols.size() : 1, 1);
            }
            for (ActiveRow row : e.getValue()) {
                Grid.RowBuilder b = g.row(false, "active_disclosure/" + row.code()).label(l.label(row.label(r.edition())));
                for (int i = 0; i < cols.size(); i++) {
                    if (!t.cell(row, cols.get(i)).isMissing()) {
                        b.value(l.cell(t.cell(row, cols.get(i))), i == cols.size() - 1 ? 4 - cols.size() : 1);
                    }
                }
            }
        }
        return g;
    }

    /** Table 三: three label columns and seven value columns. */
    static Grid applications(Report r, Labels l) {
        Grid g = new Grid(10);
        StatTable<ApplicationRow, Applicant> t = r.applications();
        String total = l.has(Variation.HEJI_FOR_TOTAL) ? "合计" : "总计";
        g.row(true, null).span(l.punct("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3)
                .span("申请人情况", 7, 1);
        g.row(true, null).cont(3).span(l.label("自然人"), 1, 2).span("法人或其他组织", 5, 1).span(total, 1, 2);
        g.row(true, null).cont(3).cont().label("商业\n企业").label("科研\n机构").label("社会公益组织")
                .label("法律服务机构").label("其他").cont();
        List<ApplicationRow> rows = t.rows();
        int outcomes = (int) rows.stream().filter(x -> x.isOutcome() || x == ApplicationRow.TOTAL_HANDLED).count();
        boolean firstOutcome = true;
        String group = null;
        for (int i = 0; i < rows.size(); i++) {
            ApplicationRow row = rows.get(i);
            Grid.RowBuilder b = g.row(false, "applications/" + row.code());
            if (row.kind() == ApplicationRow.Kind.INPUT || row == ApplicationRow.CARRIED_FORWARD) {
                b.span(l.label(row.label()), 3, 1);
            } else {
                if (firstOutcome) {
                    b.span("三、本年度办理结果", 1, outcomes);
                    firstOutcome = false;
                } else {
                    b.cont();
                }
                if (row.group() == null) {
                    b.span(l.label(row.label()), 2, 1);
                } else {
                    if (!row.group().equals(group)) {
                        int n = (int) rows.stream().filter(x -> row.group().equals(x.group())).count();
                        b.span(l.punct(row.group()), 1, n);
                    } else {
                        b.cont();
                    }
                    b.label(l.label(row.label()));
                }
                group = row.group();
            }
            for (Applicant a : Applicant.all()) {
                if (!t.cell(row, a).isMissing()) {
                    b.value(l.cell(t.cell(row, a)), 1);
                }
            }
        }
        return g;
    }

    /** Table 四: a three-row header and one row of fifteen numbers. */
    static Grid review(Report r, Labels l) {
        Grid g = new Grid(15);
        g.row(true, null).span("行政复议", 5, 1).span("行政诉讼", 10, 1);
        Grid.RowBuilder h = g.row(true, null);
        for (ReviewColumn c : ReviewColumn.all()) {
            h.span(l.label(c.label()), 1, 2);
        }
        h.span("未经复议直接起诉", 5, 1).span("复议后起诉", 5, 1);
        Grid.RowBuilder h2 = g.row(true, null);
        for (int i = 0; i < 5; i++) {
            h2.cont();
        }
        for (int k = 0; k < 2; k++) {
            for (ReviewColumn c : ReviewColumn.all()) {
                String s = l.label(c.label());
                h2.label(s.length() == 4 ? s.substring(0, 2) + "\n" + s.substring(2) : s);
            }
        }
        Grid.RowBuilder b = g.row(false, "review_litigation/all");
        for (ReviewGroup grp : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                if (!r.reviewLitigation().cell(grp, c).isMissing()) {
                    b.value(l.cell(r.reviewLitigation().cell(grp, c)), 1);
                }
            }
        }
        return g;
    }
}
