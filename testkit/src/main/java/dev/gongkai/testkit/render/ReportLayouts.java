package dev.gongkai.testkit.render;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.render.Layout.Para;
import dev.gongkai.testkit.render.Layout.Tab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lays a report out as real reports do: title, sections with their headings and prose, and the three
 * tables with header blocks of merged cells (rowspan/colspan), label variants and blank cells, as
 * seeded choices. Format renderers (Word, spreadsheets, OpenDocument, OFD) write the {@link Layout}.
 *
 * @since 0.1
 */
public final class ReportLayouts {
    private ReportLayouts() {}

    public static Layout layout(Report r, long seed) {
        return layout(r, seed, null);
    }

    /**
     * The layout with a stray number written as one more value cell of its row, among the row's values
     * ({@code null}: none), the way page numbers and footnote marks land among a real table's cells.
     */
    public static Layout layout(Report r, long seed, StrayNumber stray) {
        Random rnd = new Random(seed);
        Layout doc = new Layout();
        if (r.title() != null) {
            doc.add(new Para(r.title()));
        }
        for (Section s : Section.values()) {
            doc.add(new Para(s.numeral() + "、" + s.label()));
            String prose = r.section(s);
            if (prose != null && !prose.isBlank()) {
                doc.add(new Para(prose));
            }
            switch (s) {
                case ACTIVE_DISCLOSURE -> doc.add(active(r, rnd, stray));
                case APPLICATIONS -> doc.add(applications(r, rnd, stray));
                case REVIEW_LITIGATION -> doc.add(review(r, rnd, stray));
                default -> { }
            }
        }
        if (r.organ() != null) {
            doc.add(new Para(r.organ()));
        }
        if (r.published() != null) {
            doc.add(new Para(r.published().getYear() + "年" + r.published().getMonthValue() + "月"
                    + r.published().getDayOfMonth() + "日"));
        }
        return doc;
    }

    static Tab active(Report r, Random rnd, StrayNumber stray) {
        Edition e = r.edition();
        List<List<Layout.Cell>> rows = new ArrayList<>();
        String item = null;
        for (ActiveRow row : ActiveRow.rows(e)) {
            List<ActiveColumn> cols = row.columns(e);
            if (!row.item().equals(item)) {
                item = row.item();
                rows.add(List.of(Layout.Cell.span(item, 1, 4)));
                List<Layout.Cell> head = new ArrayList<>();
                head.add(Layout.Cell.text("信息内容"));
                spread(head, cols.stream().map(c -> c.label(e)).toList(), null);
                rows.add(head);
            }
            List<Layout.Cell> data = new ArrayList<>();
            String label = row.label(e);
            if (row == ActiveRow.NORMATIVE_DOCUMENTS && e == Edition.E2021 && rnd.nextBoolean()) {
                label = "规范性文件";
            }
            data.add(Layout.Cell.text(spaced(label, rnd)));
            spread(data, cols.stream().map(c -> value(r.activeDisclosure().cell(row, c))).toList(), "n");
            stray(data, cols.size(), stray, "active_disclosure/" + row.code());
            rows.add(data);
        }
        return new Tab(rows);
    }

    /** Inserts the stray among the last {@code values} cells of the row when it names the row {@code key}. */
    private static void stray(List<Layout.Cell> row, int values, StrayNumber stray, String key) {
        if (stray == null || !stray.key().equals(key)) {
            return;
        }
        int at = row.size() - values + Math.min(stray.position(), values);
        row.add(at, new Layout.Cell(stray.text(), 1, 1, isNumber(stray.text())));
    }

    private static void spread(List<Layout.Cell> out, List<String> texts, String number) {
        int[] widths = switch (texts.size()) {
            case 1 -> new int[] {3};
            case 2 -> new int[] {1, 2};
            default -> new int[] {1, 1, 1};
        };
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            out.add(new Layout.Cell(t, 1, widths[i], number != null && isNumber(t)));
        }
    }

    static Tab applications(Report r, Random rnd, StrayNumber stray) {
        List<List<Layout.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Layout.Cell.span(rnd.nextBoolean() ? "" : "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
                Layout.Cell.span("申请人情况", 1, 7)));
        rows.add(List.of(Layout.Cell.span(rnd.nextBoolean() ? "自然人" : "自 然人", 2, 1),
                Layout.Cell.span("法人或其他组织", 1, 5), Layout.Cell.span(rnd.nextBoolean() ? "总计" : "合计", 2, 1)));
        rows.add(List.of(Layout.Cell.text(rnd.nextBoolean() ? "商业企业" : "商业\n企业"), Layout.Cell.text("科研机构"),
                Layout.Cell.text("社会公益组织"), Layout.Cell.text("法律服务机构"), Layout.Cell.text("其他")));
        List<ApplicationRow> all = r.applications().rows();
        List<ApplicationRow> outcomes = all.stream().filter(ApplicationRow::isOutcome).toList();
        String group = null;
        for (ApplicationRow row : all) {
            List<Layout.Cell> cells = new ArrayList<>();
            if (row.isOutcome() || row == ApplicationRow.TOTAL_HANDLED) {
                if (row == outcomes.get(0)) {
                    cells.add(Layout.Cell.span("三、本年度办理结果", outcomes.size() + 1, 1));
                }
                if (row.group() == null) {
                    cells.add(Layout.Cell.span(row.label(), 1, 2));
                    group = null;
                } else {
                    if (!row.group().equals(group)) {
                        group = row.group();
                        String g = group;
                        long size = outcomes.stream().filter(o -> g.equals(o.group())).count();
                        cells.add(Layout.Cell.span(row.group(), (int) size, 1));
                    }
                    cells.add(Layout.Cell.text(variant(row.label(), rnd)));
                }
            } else {
                cells.add(Layout.Cell.span(row.label(), 1, 3));
            }
            for (Applicant a : Applicant.all()) {
                String v = value(r.applications().cell(row, a));
                cells.add(new Layout.Cell(v, 1, 1, isNumber(v)));
            }
            stray(cells, Applicant.all().size(), stray, "applications/" + row.code());
            rows.add(cells);
        }
        return new Tab(rows);
    }

    static Tab review(Report r, Random rnd, StrayNumber stray) {
        List<List<Layout.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Layout.Cell.span("行政复议", 1, 5), Layout.Cell.span("行政诉讼", 1, 10)));
        List<Layout.Cell> second = new ArrayList<>();
        for (ReviewColumn c : ReviewColumn.all()) {
            second.add(Layout.Cell.span(reviewLabel(c, rnd), 2, 1));
        }
        second.add(Layout.Cell.span("未经复议直接起诉", 1, 5));
        second.add(Layout.Cell.span("复议后起诉", 1, 5));
        rows.add(second);
        List<Layout.Cell> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (ReviewColumn c : ReviewColumn.all()) {
                third.add(Layout.Cell.text(reviewLabel(c, rnd)));
            }
        }
        rows.add(third);
        List<Layout.Cell> values = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                String v = value(r.reviewLitigation().cell(g, c));
                values.add(new Layout.Cell(v, 1, 1, isNumber(v)));
            }
        }
        stray(values, values.size(), stray, "review_litigation/all");
        rows.add(values);
        return new Tab(rows);
    }

    private static String reviewLabel(ReviewColumn c, Random rnd) {
        if (c == ReviewColumn.UPHELD && rnd.nextInt(4) == 0) {
            return "结果维护";
        }
        return c == ReviewColumn.TOTAL && rnd.nextInt(4) == 0 ? "合计" : c.label();
    }

    private static String variant(String label, Random rnd) {
        String l = label;
        if (l.equals("1.信访举报投诉类申请") && rnd.nextBoolean()) {
            l = "1.信访投诉举报类申请";
        }
        return rnd.nextInt(3) == 0 ? l.replace('.', '．') : l;
    }

    private static String spaced(String label, Random rnd) {
        return label.length() == 2 && rnd.nextInt(3) == 0 ? label.charAt(0) + "    " + label.charAt(1) : label;
    }

    public static String value(Cell c) {
        if (c.value() != null) {
            return c.value().toPlainString();
        }
        return c.raw() == null ? "" : c.raw();
    }

    public static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }
}
