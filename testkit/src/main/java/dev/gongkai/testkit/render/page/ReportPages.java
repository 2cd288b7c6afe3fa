package dev.gongkai.testkit.render.page;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lays a report out on fixed-layout pages (PDF, OFD) the way word processors export these reports: a
 * centred title, numbered section headings, indented prose, ruled tables laid out like the national
 * template (header blocks of merged cells, nested row labels in merged cells), tables running over page
 * breaks, page footers, and the signing organ and date at the end. The format is the
 * {@link PageCanvas}'s.
 *
 * @since 0.1
 */
public final class ReportPages {

    /** How a rendering varies. */
    public record Options(Footer footer, boolean filledRules, boolean repeatHeader) {

        /** Options drawn from a seed. */
        public static Options of(long seed) {
            java.util.Random r = new java.util.Random(seed);
            return new Options(Footer.values()[r.nextInt(Footer.values().length)], r.nextBoolean(), r.nextBoolean());
        }
    }

    /** Page footer styles. */
    public enum Footer {
        NONE(null), EM_DASH(n -> "— " + n + " —"), HYPHEN(n -> "- " + n + " -"), CHINESE(n -> "第 " + n + " 页");

        private final IntFunction<String> text;

        Footer(IntFunction<String> text) {
            this.text = text;
        }
    }

    private static final float BODY = 12;
    private static final float CELL = 9;

    private ReportPages() {}

    /** Draws the report on the canvas's pages. */
    public static void render(Report r, Options o, PageCanvas canvas) {
        {
            PageFlow flow = new PageFlow(canvas, o.footer().text, o.filledRules(), o.repeatHeader());
            if (r.title() != null) {
                flow.paragraph(r.title(), 18, true, false);
            }
            for (Section s : Section.values()) {
                String text = r.section(s);
                boolean table = s == Section.ACTIVE_DISCLOSURE || s == Section.APPLICATIONS || s == Section.REVIEW_LITIGATION;
                if (text == null && !table) {
                    continue; // a report read without its prose (tables only) still has its tables drawn
                }
                flow.paragraph(s.numeral() + "、" + s.label(), 14, false, false);
                for (String p : text == null ? new String[0] : text.split("\n")) {
                    if (!p.isBlank()) {
                        flow.paragraph(p, BODY, false, true);
                    }
                }
                switch (s) {
                    case ACTIVE_DISCLOSURE -> flow.table(activeDisclosure(r), CELL);
                    case APPLICATIONS -> flow.table(applications(r), CELL);
                    case REVIEW_LITIGATION -> flow.table(reviewLitigation(r), CELL);
                    default -> { }
                }
            }
            if (r.published() != null) {
                flow.right(r.organ() == null ? "" : r.organ(), BODY);
                flow.right(r.published().getYear() + "年" + r.published().getMonthValue() + "月"
                        + r.published().getDayOfMonth() + "日", BODY);
            }
        }
    }

    public static String text(Cell c) {
        if (c == null || c.isMissing()) {
            return "";
        }
        if (c.isBlank()) {
            return c.raw();
        }
        return c.value().toPlainString();
    }

    static TableSpec activeDisclosure(Report r) {
        TableSpec t = new TableSpec(110, 113, 113, 114).headerRows(0);
        int row = 0;
        String item = null;
        for (ActiveRow a : r.activeDisclosure().rows()) {
            List<ActiveColumn> cols = a.columns(r.edition());
            if (!a.item().equals(item)) {
                item = a.item();
                t.cell(row++, 0, 1, 4, item);
                t.cell(row, 0, "信息内容");
                for (int i = 0; i < cols.size(); i++) {
                    t.cell(row, i + 1, 1, i == cols.size() - 1 ? 3 - i : 1, cols.get(i).label(r.edition()));
                }
                row++;
            }
            t.cell(row, 0, a.label(r.edition()));
            for (int i = 0; i < cols.size(); i++) {
                t.cell(row, i + 1, 1, i == cols.size() - 1 ? 3 - i : 1, text(r.activeDisclosure().cell(a, cols.get(i))));
            }
            row++;
        }
        return t;
    }

    static TableSpec applications(Report r) {
        TableSpec t = new TableSpec(45, 65, 130, 30, 30, 30, 30, 30, 30, 30).headerRows(3);
        t.cell(0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        t.cell(0, 3, 1, 7, "申请人情况");
        t.cell(1, 3, 2, 1, Applicant.NATURAL_PERSON.label());
        t.cell(1, 4, 1, 5, "法人或其他组织");
        t.cell(1, 9, 2, 1, Applicant.TOTAL.label());
        List<Applicant> parts = Applicant.all();
        for (int i = 1; i <= 5; i++) {
            t.cell(2, 3 + i, parts.get(i).label());
        }
        List<ApplicationRow> rows = r.applications().rows();
        int outcomes = 0;
        for (ApplicationRow a : rows) {
            if (a.kind() == ApplicationRow.Kind.OUTCOME || a.kind() == ApplicationRow.Kind.TOTAL) {
                outcomes++;
            }
        }
        int row = 3;
        boolean outcomeOpen = false;
        String group = null;
        for (ApplicationRow a : rows) {
            boolean outcome = a.kind() == ApplicationRow.Kind.OUTCOME || a.kind() == ApplicationRow.Kind.TOTAL;
            if (!outcome) {
                t.cell(row, 0, 1, 3, a.label());
            } else {
                if (!outcomeOpen) {
                    t.cell(row, 0, outcomes, 1, "三、本年度办理结果");
                    outcomeOpen = true;
                }
                if (a.group() == null) {
                    t.cell(row, 1, 1, 2, a.label());
                    group = null;
                } else {
                    if (!a.group().equals(group)) {
                        group = a.group();
                        t.cell(row, 1, groupSize(rows, group), 1, group);
                    }
                    t.cell(row, 2, a.label());
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                t.cell(row, 3 + i, text(r.applications().cell(a, parts.get(i))));
            }
            row++;
        }
        return t;
    }

    private static int groupSize(List<ApplicationRow> rows, String group) {
        int n = 0;
        for (ApplicationRow a : rows) {
            if (group.equals(a.group())) {
                n++;
            }
        }
        return n;
    }

    static TableSpec reviewLitigation(Report r) {
        float[] w = new float[15];
        java.util.Arrays.fill(w, 30);
        TableSpec t = new TableSpec(w).headerRows(3);
        t.cell(0, 0, 1, 5, "行政复议");
        t.cell(0, 5, 1, 10, "行政诉讼");
        List<ReviewColumn> cols = ReviewColumn.all();
        for (int i = 0; i < 5; i++) {
            t.cell(1, i, 2, 1, cols.get(i).label());
        }
        t.cell(1, 5, 1, 5, "未经复议直接起诉");
        t.cell(1, 10, 1, 5, "复议后起诉");
        for (int i = 0; i < 10; i++) {
            t.cell(2, 5 + i, cols.get(i % 5).label());
        }
        List<String> values = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : cols) {
                values.add(text(r.reviewLitigation().cell(g, c)));
            }
        }
        for (int i = 0; i < 15; i++) {
            t.cell(3, i, values.get(i));
        }
        return t;
    }
}
