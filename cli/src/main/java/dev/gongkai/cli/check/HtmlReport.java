package dev.gongkai.cli.check;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * report.html: one self-contained page (inline CSS, SVG and script; nothing loaded from the network).
 * Written on the server: the totals, charts of findings per rule and per organ, the reader's problems and
 * the duplicates — all bounded by the rules, organs and codes, not by the files. Every file with findings
 * is embedded as compact data ({@link PageData}), from which the page lists, pages, sorts and filters the
 * files and draws each one's detail on demand (its tables 二, 三 and 四 as the template's grid, the cells
 * a finding names coloured by severity; {@code #file=N} opens the N-th listed file). A clean file costs the
 * page nothing. Data over {@link #PLAIN_MAX} bytes is embedded gzip-compressed in base64, which the
 * browser's own {@code DecompressionStream} opens.
 */
final class HtmlReport {

    /** Opens the rows afresh. */
    @FunctionalInterface
    interface RowSource {
        OutDir.Rows open() throws IOException;
    }

    /** Data up to this many bytes is embedded as plain JSON, larger data compressed. */
    static final long PLAIN_MAX = 2L << 20;
    private static final int TOP_ORGANS = 15;

    private final Tally tally;
    private final Words w;
    private final Path dir;
    private final int maxTables;

    HtmlReport(Tally tally, String lang, Path dir) {
        this(tally, lang, dir, PageData.MAX_TABLES);
    }

    HtmlReport(Tally tally, String lang, Path dir, int maxTables) {
        this.tally = tally;
        this.w = new Words(lang);
        this.dir = dir;
        this.maxTables = maxTables;
    }

    void write(Writer out, RowSource rows) throws IOException {
        Path data = Files.createTempFile(dir, ".gongkai-page", ".json");
        try {
            PageData pd = new PageData(dir, w.lang(), maxTables);
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(data))) {
                pd.write(o, rows, tally);
            }
            page(out, data, pd.listed());
        } finally {
            Files.deleteIfExists(data);
        }
    }

    private void page(Writer out, Path data, int listed) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + w.lang() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>gongkai check</title><style>" + HtmlAssets.css() + "</style></head><body>\n");
        out.write("<div id=\"overview\"><header><h1>" + w.t("Annual report check", "政府信息公开工作年度报告检查")
                + "</h1><p class=\"meta\">gongkai check · "
                + esc(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))) + " · "
                + String.format(java.util.Locale.ROOT, "%.1f s", tally.seconds()) + "</p></header>\n");
        cards(out);
        out.write("<section class=\"charts\">");
        chart(out, w.t("Findings per rule", "各规则发现数"), new ArrayList<>(tally.byRule().entrySet()), Integer.MAX_VALUE);
        List<Map.Entry<String, int[]>> organs = new ArrayList<>(tally.byOrgan().entrySet());
        organs.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue())));
        chart(out, w.t("Findings per organ (top " + TOP_ORGANS + ")", "各机关发现数（前" + TOP_ORGANS + "）"), organs, TOP_ORGANS);
        out.write("</section>\n");
        readerProblems(out);
        list(out, listed);
        named(out, w.t("Skipped", "已跳过"), tally.skipped(), tally.count(Status.SKIPPED));
        duplicates(out);
        out.write("</div><div id=\"detail\" hidden></div>\n");
        out.write("<script type=\"application/json\" id=\"gk-words\">" + PageWords.json(w) + "</script>\n");
        embed(out, data);
        out.write("<script>" + HtmlAssets.js() + "</script></body></html>\n");
    }

    /** The data, as plain JSON ({@code <} escaped) or, when large, gzip in base64. */
    private static void embed(Writer out, Path data) throws IOException {
        boolean plain = Files.size(data) <= PLAIN_MAX;
        out.write("<script type=\"" + (plain ? "application/json" : "application/octet-stream")
                + "\" id=\"gk-data\" data-encoding=\"" + (plain ? "json" : "gzip-base64") + "\">");
        if (plain) {
            String json = Files.readString(data, StandardCharsets.UTF_8);
            out.write(json.replace("<", "\\u003c"));
        } else {
            OutputStream ascii = new OutputStream() { // base64 is ASCII; closing it leaves the page open
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(new String(b, off, len, StandardCharsets.ISO_8859_1));
                }
            };
            try (OutputStream gz = new GZIPOutputStream(Base64.getEncoder().wrap(ascii), 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION); // 8 % smaller than the default on a 200,000-file batch
                }
            }) {
                Files.copy(data, gz);
            }
        }
        out.write("</script>\n");
    }

    /** The list of files with findings; the page fills it from the data. */
    private void list(Writer out, int listed) throws IOException {
        out.write("<section id=\"files\"><h2>" + w.t("Files with findings", "有发现的文件") + " <span class=\"meta\">"
                + listed + "</span></h2><p class=\"meta\">" + esc(w.t(
                "Files without findings are counted above and not listed. Click a file to see its tables and findings.",
                "无发现的文件只计入上方总数，不逐一列出。点击文件查看其表格与发现。")) + "</p>"
                + "<div class=\"filters\"><select id=\"f-status\"><option value=\"\">" + w.t("every status", "全部状态") + "</option>");
        for (Status s : new Status[] {Status.UNREADABLE, Status.ERROR, Status.WARNING, Status.OK}) {
            out.write("<option value=\"" + s.ordinal() + "\">" + esc(w.status(s)) + "</option>");
        }
        out.write("</select><select id=\"f-sev\"><option value=\"\">" + w.t("every severity", "全部级别") + "</option>");
        for (Level l : Level.values()) {
            out.write("<option value=\"" + l.ordinal() + "\">" + l + "</option>");
        }
        out.write("</select><select id=\"f-rule\"><option value=\"\">" + w.t("every rule", "全部规则") + "</option>");
        for (String rule : new java.util.TreeSet<>(tally.byRule().keySet())) {
            out.write("<option>" + esc(rule) + "</option>");
        }
        out.write("</select><input id=\"f-organ\" type=\"search\" placeholder=\"" + w.t("organ…", "机关…")
                + "\"><input id=\"f-text\" type=\"search\" placeholder=\"" + w.t("file, organ, message…", "文件、机关、说明…")
                + "\"><span id=\"f-count\" class=\"meta\"></span></div>"
                + "<table id=\"list\"><thead><tr>");
        String[][] heads = {{"status", w.t("status", "状态")}, {"file", w.t("file", "文件")}, {"organ", w.t("organ", "机关")},
            {"year", w.t("year", "年度")}, {"edition", w.t("edition", "格式版本")}, {"reader", w.t("reader", "读取器")},
            {"e", "ERROR"}, {"w", "WARNING"}, {"i", "INFO"}};
        for (String[] h : heads) {
            out.write("<th data-key=\"" + h[0] + "\">" + esc(h[1]) + "</th>");
        }
        out.write("</tr></thead><tbody></tbody></table><div class=\"pager\" id=\"pager\"></div>"
                + "<noscript>" + esc(w.t("The list and the details need JavaScript.", "文件列表与详情需要启用 JavaScript。"))
                + "</noscript></section>\n");
    }

    /** What the readers reported (their problems by code) and the findings they turned into reading.uncertain. */
    private void readerProblems(Writer out) throws IOException {
        Map<String, Integer> problems = tally.readerProblems();
        int[] uncertain = tally.byRule().get("reading.uncertain");
        if (problems.isEmpty() && uncertain == null) {
            return;
        }
        out.write("<section><h2>" + w.t("What the readers could not read with certainty", "读取器未能确定读取的内容")
                + "</h2><p class=\"meta\">" + esc(w.t(
                "Problems the readers reported in " + tally.filesWithReaderProblems() + " file(s); findings resting on a cell read "
                        + "with doubt are given as reading.uncertain (" + (uncertain == null ? 0 : sum(uncertain))
                        + "), not blamed on the report.",
                tally.filesWithReaderProblems() + " 个文件读取时报告了问题；依据存疑单元格的发现记为 reading.uncertain（"
                        + (uncertain == null ? 0 : sum(uncertain)) + " 项），不归咎于报告本身。"))
                + "</p><div class=\"chips\">");
        for (Map.Entry<String, Integer> e : problems.entrySet()) {
            out.write("<span class=\"chip\"><code>" + esc(e.getKey()) + "</code> " + e.getValue() + "</span>");
        }
        out.write("</div></section>\n");
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
    }

    /** The first files of a kind, by name with their reason (the skipped ones are not in the list of files). */
    private void named(Writer out, String title, List<String> names, int count) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        out.write("<section><details><summary><h2>" + esc(title) + " <span class=\"meta\">" + count
                + "</span></h2></summary><ul class=\"duplicates\">");
        for (String n : names) {
            out.write("<li>" + esc(n) + "</li>");
        }
        if (count > names.size()) {
            out.write("<li>… " + (count - names.size()) + esc(w.t(" more", " 个未列出")) + "</li>");
        }
        out.write("</ul></details></section>\n");
    }

    /** The groups of duplicates: files that are one organ's report of one year. */
    private void duplicates(Writer out) throws IOException {
        if (tally.duplicateGroups() == 0) {
            return;
        }
        out.write("<section><details><summary><h2>" + w.t("Duplicates", "重复文档") + " <span class=\"meta\">"
                + tally.duplicateGroups() + "</span></h2></summary><p class=\"meta\">" + esc(w.t(
                "Files that are the same organ's report of the same year (a page and its attachment, a re-upload); "
                        + "they are not compared as consecutive years.",
                "以下文件为同一机关同一年度的报告（如网页与附件、重复上传），不作为相邻年度比较。")) + "</p><ul class=\"duplicates\">");
        for (List<String> g : tally.duplicates()) {
            out.write("<li>" + esc(String.join(" = ", g)) + "</li>");
        }
        if (tally.duplicateGroups() > tally.duplicates().size()) {
            out.write("<li>… " + (tally.duplicateGroups() - tally.duplicates().size()) + esc(w.t(" more", " 组未列出")) + "</li>");
        }
        out.write("</ul></details></section>\n");
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
