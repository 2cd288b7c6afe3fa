package dev.gongkai.cli.check;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * report.html: one self-contained page (inline CSS, SVG and script; nothing loaded from the network)
 * with the totals, charts of findings per rule and per organ, a table of the files sortable by status
 * and, for each report with findings, the findings with their cell and source position, and what the
 * reader reported while reading it (its parse problems). The rows are
 * streamed from the work file twice (table, then findings), never held in memory.
 */
final class HtmlReport {

    /** Opens the rows afresh. */
    @FunctionalInterface
    interface RowSource {
        OutDir.Rows open() throws IOException;
    }

    /** Details are open by default when there are at most this many. */
    private static final int OPEN_DETAILS = 30;
    private static final int TOP_ORGANS = 15;

    private final Tally tally;
    private final Words w;

    HtmlReport(Tally tally, String lang) {
        this.tally = tally;
        this.w = new Words(lang);
    }

    void write(Writer out, RowSource rows) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + w.lang() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>gongkai check</title><style>" + HtmlAssets.CSS + "</style></head><body>\n");
        out.write("<header><h1>" + w.t("Annual report check", "政府信息公开工作年度报告检查") + "</h1><p class=\"meta\">gongkai check · "
                + esc(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))) + " · "
                + String.format(java.util.Locale.ROOT, "%.1f s", tally.seconds()) + "</p></header>\n");
        cards(out);
        out.write("<section class=\"charts\">");
        chart(out, w.t("Findings per rule", "各规则发现数"), new ArrayList<>(tally.byRule().entrySet()), Integer.MAX_VALUE);
        List<Map.Entry<String, int[]>> organs = new ArrayList<>(tally.byOrgan().entrySet());
        organs.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())));
        chart(out, w.t("Findings per organ (top " + TOP_ORGANS + ")", "各机关发现数（前" + TOP_ORGANS + "）"), organs, TOP_ORGANS);
        out.write("</section>\n");
        int withDetails = table(out, rows);
        details(out, rows, withDetails <= OPEN_DETAILS);
        out.write("<script>" + HtmlAssets.JS + "</script></body></html>\n");
    }

    private void cards(Writer out) throws IOException {
        out.write("<section class=\"cards\">");
        card(out, w.t("files", "文件"), tally.files(), "");
        card(out, w.t("reports read", "已读报告"), tally.reports(), "");
        card(out, w.t("ok", "通过"), tally.count(Status.OK), "ok");
        card(out, w.t("with warnings", "有警告"), tally.count(Status.WARNING), "warning");
        card(out, w.t("with errors", "有错误"), tally.count(Status.ERROR), "error");
        card(out, w.t("unreadable", "无法读取"), tally.count(Status.UNREADABLE), "unreadable");
        card(out, w.t("skipped", "已跳过"), tally.count(Status.SKIPPED), "skipped");
        out.write("</section><section class=\"cards small\">");
        card(out, "ERROR", tally.count(Level.ERROR), "error");
        card(out, "WARNING", tally.count(Level.WARNING), "warning");
        card(out, "INFO", tally.count(Level.INFO), "info");
        card(out, w.t("reports with cross-year findings", "跨年度核对有发现的报告"), tally.crossYearReports(), "");
        out.write("</section><section class=\"cards small\">");
        card(out, w.t("organs", "机关"), tally.organs(), "");
        card(out, w.t("year pairs compared", "比较的相邻年度"), tally.yearPairs(), "");
        card(out, w.t("groups of duplicates", "重复文档组"), tally.duplicateGroups(), tally.duplicateGroups() > 0 ? "info" : "");
        out.write("</section>\n");
        duplicates(out);
    }

    /** The groups of duplicates: files that are one organ's report of one year. */
    private void duplicates(Writer out) throws IOException {
        if (tally.duplicateGroups() == 0) {
            return;
        }
        out.write("<section><h2>" + w.t("Duplicates", "重复文档") + "</h2><p class=\"meta\">" + esc(w.t(
                "Files that are the same organ's report of the same year (a page and its attachment, a re-upload); "
                        + "they are not compared as consecutive years.",
                "以下文件为同一机关同一年度的报告（如网页与附件、重复上传），不作为相邻年度比较。")) + "</p><ul class=\"duplicates\">");
        for (List<String> g : tally.duplicates()) {
            out.write("<li>" + esc(String.join(" = ", g)) + "</li>");
        }
        if (tally.duplicateGroups() > tally.duplicates().size()) {
            out.write("<li>… " + (tally.duplicateGroups() - tally.duplicates().size()) + esc(w.t(" more", " 组未列出")) + "</li>");
        }
        out.write("</ul></section>\n");
    }

    private static void card(Writer out, String label, int n, String cls) throws IOException {
        out.write("<div class=\"card " + cls + "\"><b>" + n + "</b><span>" + esc(label) + "</span></div>");
    }

    /** A horizontal bar chart, bars split by severity. */
    private void chart(Writer out, String title, List<Map.Entry<String, int[]>> data, int limit) throws IOException {
        out.write("<figure><figcaption>" + esc(title) + "</figcaption>");
        List<Map.Entry<String, int[]>> shown = data.subList(0, Math.min(limit, data.size()));
        if (shown.isEmpty()) {
            out.write("<p class=\"none\">" + w.t("No findings.", "无发现。") + "</p></figure>");
            return;
        }
        int max = 1;
        for (Map.Entry<String, int[]> e : shown) {
            max = Math.max(max, sum(e.getValue()));
        }
        int rowH = 22;
        int labelW = 230;
        int barW = 300;
        int h = shown.size() * rowH + 28;
        out.write("<svg role=\"img\" viewBox=\"0 0 " + (labelW + barW + 50) + " " + h + "\" width=\"100%\">");
        String[] colours = {"#c62828", "#ef8f00", "#1e88e5"};
        int y = 4;
        for (Map.Entry<String, int[]> e : shown) {
            out.write("<text x=\"" + (labelW - 6) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">" + esc(shorten(e.getKey(), 22)) + "</text>");
            double x = labelW;
            for (int k = 0; k < 3; k++) {
                int v = e.getValue()[k];
                if (v > 0) {
                    double bw = Math.max(1.5, (double) v * barW / max);
                    out.write(String.format(java.util.Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                            x, y + 2, bw, rowH - 6, colours[k], esc(e.getKey()), Level.values()[k], v));
                    x += bw;
                }
            }
            out.write(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"n\">%d</text>", x + 4, y + 15, sum(e.getValue())));
            y += rowH;
        }
        int ly = y + 14;
        for (int k = 0; k < 3; k++) {
            out.write("<rect x=\"" + (labelW + k * 90) + "\" y=\"" + (ly - 10) + "\" width=\"10\" height=\"10\" fill=\"" + colours[k]
                    + "\"/><text x=\"" + (labelW + 14 + k * 90) + "\" y=\"" + ly + "\">" + Level.values()[k] + "</text>");
        }
        out.write("</svg></figure>");
    }

    /** The table of files; returns how many have a details block. */
    private int table(Writer out, RowSource rows) throws IOException {
        out.write("<section><h2>" + w.t("Files", "文件列表") + "</h2><input id=\"filter\" type=\"search\" placeholder=\""
                + w.t("filter by file, organ, status…", "按文件、机关、状态筛选…") + "\">"
                + "<table id=\"files\" class=\"sortable\"><thead><tr>");
        String[] heads = {w.t("status", "状态"), w.t("file", "文件"), w.t("organ", "机关"), w.t("year", "年度"),
            w.t("edition", "格式版本"), w.t("reader", "读取器"), "ERROR", "WARNING", "INFO"};
        for (int i = 0; i < heads.length; i++) {
            out.write("<th data-col=\"" + i + "\"" + (i >= 6 || i == 3 ? " data-num" : "") + ">" + esc(heads[i]) + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
        int n = 0;
        int details = 0;
        try (OutDir.Rows in = rows.open()) {
            for (Row r : in) {
                n++;
                boolean hasDetails = !r.issues().isEmpty() || !r.notes().isEmpty();
                details += hasDetails ? 1 : 0;
                String file = hasDetails ? "<a href=\"#r" + n + "\">" + esc(r.source()) + "</a>" : esc(r.source());
                if (r.json() != null) {
                    file += " <a class=\"json\" href=\"" + esc(r.json()) + "\">json</a>";
                }
                out.write("<tr class=\"" + r.status().label() + "\"><td data-v=\"" + r.status().ordinal() + "\"><span class=\"badge "
                        + r.status().label() + "\">" + esc(w.status(r.status())) + "</span></td><td>" + file
                        + (r.reason() == null ? "" : "<div class=\"reason\">" + esc(r.reason()) + "</div>")
                        + (r.notes().isEmpty() ? "" : "<div class=\"reason\">" + esc(w.t("the reader reported ", "读取时发现 ")
                                + r.notes().size() + w.t(" problem(s)", " 个问题")) + "</div>")
                        + "</td><td>" + esc(r.organ()) + "</td><td>" + esc(r.year()) + "</td><td>" + esc(r.edition())
                        + "</td><td>" + esc(r.parser()) + "</td><td>" + r.count(Level.ERROR) + "</td><td>" + r.count(Level.WARNING)
                        + "</td><td>" + r.count(Level.INFO) + "</td></tr>\n");
            }
        }
        out.write("</tbody></table></section>\n");
        return details;
    }

    private void details(Writer out, RowSource rows, boolean open) throws IOException {
        out.write("<section><h2>" + w.t("Findings by file", "各文件的发现") + "</h2>\n");
        int n = 0;
        try (OutDir.Rows in = rows.open()) {
            for (Row r : in) {
                n++;
                if (r.issues().isEmpty() && r.notes().isEmpty()) {
                    continue;
                }
                out.write("<details id=\"r" + n + "\"" + (open ? " open" : "") + "><summary><span class=\"badge " + r.status().label()
                        + "\">" + esc(w.status(r.status())) + "</span> <b>" + esc(r.source()) + "</b> " + esc(r.organ() == null ? "" : r.organ())
                        + " " + esc(r.year()) + "</summary>");
                findings(out, r);
                notes(out, r);
                out.write("</details>\n");
            }
        }
        out.write("</section>\n");
    }

    private void findings(Writer out, Row r) throws IOException {
        if (r.issues().isEmpty()) {
            return;
        }
        out.write("<table class=\"findings\"><thead><tr><th>" + w.t("severity", "级别")
                + "</th><th>" + w.t("rule", "规则") + "</th><th>" + w.t("cell", "单元格") + "</th><th>" + w.t("expected", "应为")
                + "</th><th>" + w.t("actual", "实为") + "</th><th>" + w.t("message", "说明") + "</th><th>" + w.t("source", "原文位置")
                + "</th></tr></thead><tbody>");
        for (Issue i : r.issues()) {
            String label = Labels.of(i);
            out.write("<tr><td><span class=\"sev " + i.level().name().toLowerCase(java.util.Locale.ROOT) + "\">" + i.level()
                    + "</span></td><td><code>" + esc(i.rule()) + "</code></td><td><code>" + esc(i.where()) + "</code>"
                    + (label.isEmpty() ? "" : "<div class=\"label\">" + esc(label) + "</div>") + "</td><td class=\"num\">"
                    + esc(plain(i.expected())) + "</td><td class=\"num\">" + esc(plain(i.actual())) + "</td><td>"
                    + esc(i.message(w.lang())) + "</td><td>" + esc(i.span()) + "</td></tr>");
        }
        out.write("</tbody></table>");
    }

    /** What the reader reported while reading the file (its parse problems), in English as it gives them. */
    private void notes(Writer out, Row r) throws IOException {
        if (r.notes().isEmpty()) {
            return;
        }
        out.write("<p class=\"notes\">" + esc(w.t("What the reader reported while reading the document:",
                "读取文档时读取器报告的问题：")) + "</p><table class=\"findings\"><thead><tr><th>" + w.t("problem", "问题")
                + "</th><th>" + w.t("description", "说明") + "</th><th>" + w.t("source", "原文位置") + "</th></tr></thead><tbody>");
        for (ReaderNote n : r.notes()) {
            out.write("<tr><td><code>" + esc(n.code()) + "</code></td><td>" + esc(n.message()) + "</td><td>" + esc(n.span())
                    + "</td></tr>");
        }
        out.write("</tbody></table>");
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private static int sum(int[] v) {
        return v[0] + v[1] + v[2];
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String esc(Object o) {
        if (o == null) {
            return "";
        }
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
