package dev.gongkai.parser.text;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders a report as text in the shapes of SPEC section 5 (tab-per-line cells, {@code |}-terminated
 * cells, Markdown tables), with seeded variations: full-width digits, unnumbered headings, label
 * variants. Test support for round-trip properties.
 */
final class ShapeRenderer {

    enum Shape { TAB, PIPE, MARKDOWN }

    private final Shape shape;
    private final Random rng;
    private final boolean fullWidth;
    private final boolean variants;
    private final StringBuilder out = new StringBuilder();

    ShapeRenderer(Shape shape, long seed) {
        this.shape = shape;
        this.rng = new Random(seed);
        this.fullWidth = rng.nextInt(4) == 0;
        this.variants = rng.nextInt(3) == 0;
    }

    String variations() {
        return shape + (fullWidth ? " fullwidth-digits" : "") + (variants ? " label-variants" : "");
    }

    String render(Report r) {
        if (r.title() != null) {
            line(r.title()).line("");
        }
        if (r.year() != null) {
            line("本报告中所列数据的统计期限自" + r.year() + "年1月1日起至" + r.year() + "年12月31日止。");
        }
        for (Section s : Section.values()) {
            String text = r.section(s);
            if (text == null) {
                continue;
            }
            boolean numbered = !(s == Section.PROBLEMS && rng.nextInt(5) == 0);
            line((numbered ? s.numeral() + "、" : "") + s.label());
            for (String l : text.split("\n")) {
                if (!l.isBlank()) {
                    line(l);
                }
            }
            switch (s) {
                case ACTIVE_DISCLOSURE -> table(active(r));
                case APPLICATIONS -> table(applications(r));
                case REVIEW_LITIGATION -> table(review(r));
                default -> { }
            }
        }
        if (r.published() != null) {
            line(r.organ());
            line(r.published().getYear() + "年" + r.published().getMonthValue() + "月" + r.published().getDayOfMonth() + "日");
        }
        return out.toString();
    }

    private List<List<String>> active(Report r) {
        List<List<String>> rows = new ArrayList<>();
        Edition e = r.edition();
        List<ActiveColumn> shown = null;
        for (ActiveRow row : ActiveRow.rows(e)) {
            List<ActiveColumn> cols = row.columns(e);
            if (!cols.equals(shown)) {
                List<String> header = new ArrayList<>(List.of("信息内容"));
                cols.forEach(c -> header.add(c.label(e)));
                rows.add(List.of("第二十条" + row.item().substring(4)));
                rows.add(header);
                shown = cols;
            }
            List<String> cells = new ArrayList<>(List.of(label(row.label(e))));
            cols.forEach(c -> cells.add(value(r.activeDisclosure().cell(row, c))));
            rows.add(cells);
        }
        return rows;
    }

    private List<List<String>> applications(Report r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
        rows.add(List.of("", "自然人", "法人或其他组织", variants ? "合计" : "总计"));
        rows.add(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        String group = null;
        for (ApplicationRow row : r.applications().rows()) {
            List<String> cells = new ArrayList<>();
            if (row == ApplicationRow.GRANTED) {
                cells.add("三、本年度办理结果");
            }
            if (row.group() != null && !row.group().equals(group)) {
                cells.add(row.group());
            }
            group = row.group();
            cells.add(label(row.label()));
            for (Applicant a : Applicant.all()) {
                cells.add(value(r.applications().cell(row, a)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private List<List<String>> review(Report r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("行政复议", "行政诉讼"));
        List<String> h = new ArrayList<>();
        ReviewColumn.all().forEach(c -> h.add(label(c.label())));
        h.add("未经复议直接起诉");
        h.add("复议后起诉");
        rows.add(h);
        List<String> nums = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                nums.add(value(r.reviewLitigation().cell(g, c)));
            }
        }
        rows.add(nums);
        return rows;
    }

    private String label(String l) {
        if (!variants) {
            return l;
        }
        return l.replace("结果维持", "结果维护").replace("信访举报投诉类", "信访投诉举报类").replace("只计", "只记")
                .replace("（七）总计", "（七）合计").replace("（", "(").replace("）", ")");
    }

    private String value(Cell c) {
        String s = c.value() != null ? c.value().toPlainString() : c.raw() == null ? "" : c.raw();
        if (!fullWidth) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(ch >= '0' && ch <= '9' ? (char) (ch + 0xFEE0) : ch);
        }
        return b.toString();
    }

    private void table(List<List<String>> rows) {
        for (List<String> row : rows) {
            switch (shape) {
                case TAB -> {
                    for (String c : row) {
                        line("\t" + c);
                    }
                    line("");
                }
                case PIPE -> {
                    for (String c : row) {
                        line((c.isEmpty() ? "" : c + " ") + "|" + (rng.nextBoolean() ? "" : " ||"));
                    }
                }
                case MARKDOWN -> {
                    line("| " + String.join(" | ", row) + " |");
                    if (row == rows.get(0)) {
                        line("|" + "---|".repeat(row.size()));
                    }
                }
            }
        }
        line("");
    }

    private ShapeRenderer line(String s) {
        out.append(s).append('\n');
        return this;
    }
}
