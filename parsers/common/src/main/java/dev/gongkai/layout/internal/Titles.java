package dev.gongkai.layout.internal;

import dev.gongkai.model.OrganNames;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Titles from wherever they come (a title line, a crawler's {@code 标题:}, a page's meta tags or
 * {@code <title>}, a file's title property): what is not part of a title is taken off (正文, 附件1：,
 * a breadcrumb, a site name after {@code _}, a file extension), what is left must name a report, and
 * the organ is read from it (before the year, or between the year and 政府信息公开 when the year
 * comes first).
 */
final class Titles {

    /** Longest title taken from any source. */
    static final int MAX = 80;

    /** Words standing alone on a line above or before a title that are no part of it. */
    private static final Pattern NOISE_LINE = Pattern.compile(
            "[【\\[]?(正文|全文|原文|附件|附表|打印|打印本页|关闭|关闭窗口|返回|返回顶部|收藏|分享|分享到|首页|字号|字体|"
                    + "大中小|默认大中小)\\d*[】\\]]?[:：]?");

    /** Words in front of a title that are no part of it. */
    private static final Pattern NOISE_PREFIX = Pattern.compile(
            "^(?:(?:正文|全文|原文|附件|附表|标题|文章标题|题目)\\d*[:：、.．]?)+");

    private static final Pattern BREADCRUMB = Pattern.compile("[>＞»›→]|^(当前位置|您当前的位置|您现在的位置|所在位置|位置)[:：]");

    /** Separators between a page title's parts: 报告_某某市人民政府, 某某网 | 报告, 报告-站名, Microsoft Word - 报告.doc (not 2021-2025). */
    private static final Pattern PARTS = Pattern.compile(
            "\\s*(?:_|\\||｜|——|-{2,}|(?<![0-9０-９])[-–—－](?![0-9０-９]))\\s*");

    private static final Pattern EXTENSION = Pattern.compile("\\.(docx?|wps|pdf|xlsx?|et|ofd|s?html?|txt)$",
            Pattern.CASE_INSENSITIVE);

    /** Where the organ's name ends in a title whose year comes first. */
    private static final String[] AFTER_ORGAN = {"政府信息公开", "政务信息公开", "信息公开", "政务公开", "工作年度报告", "年度报告", "年报"};

    private Titles() {}

    /** True for a line that is page furniture, not a title's piece: 正文, 附件, a breadcrumb, the site's name. */
    static boolean noise(String compactLine, String... names) {
        if (NOISE_LINE.matcher(compactLine).matches() || BREADCRUMB.matcher(compactLine).find()) {
            return true;
        }
        for (String n : names) {
            if (n != null && compactLine.equals(Metadata.compact(n))) {
                return true;
            }
        }
        return false;
    }

    /** A title line without the words in front of it that are no part of it (正文, 附件1：, a breadcrumb). */
    static String stripNoise(String compact) {
        String t = compact;
        for (char sep : new char[] {'>', '＞', '»', '›', '→'}) {
            int i = t.lastIndexOf(sep);
            if (i >= 0) {
                t = t.substring(i + 1);
            }
        }
        return NOISE_PREFIX.matcher(t).replaceFirst("");
    }

    /**
     * A title given by a carrier, cleaned: the part naming a report (of {@code 报告_站名}, {@code 站名 -
     * 报告}), without file extension, heading words and quotes; {@code null} when no part names a report.
     *
     * @param names the site's and column's names, never a title
     */
    static String clean(String raw, String... names) {
        if (raw == null) {
            return null;
        }
        for (String part : PARTS.split(raw.strip())) {
            String p = EXTENSION.matcher(part.strip()).replaceFirst("");
            p = stripNoise(Metadata.compact(p));
            if (p.length() > 2 && (p.charAt(0) == '《' || p.charAt(0) == '“' || p.charAt(0) == '"')) {
                p = p.substring(1, p.length() - (closes(p.charAt(p.length() - 1)) ? 1 : 0));
            }
            if (acceptable(p) && !noise(p, names)) {
                return p;
            }
        }
        return null;
    }

    private static boolean closes(char c) {
        return c == '》' || c == '”' || c == '"';
    }

    /** A title: names a report, is not a sentence, not too long. */
    static boolean acceptable(String t) {
        return t != null && t.length() >= 4 && t.length() <= MAX && (t.contains("报告") || t.contains("年报"))
                && t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf('；') < 0
                && !t.startsWith("本报告") && !t.startsWith("根据") && !t.startsWith("依据")
                && !t.toLowerCase(Locale.ROOT).contains("microsoft");
    }

    /**
     * The organ a title names: the text before the year (樟树市 of 樟树市2023年…), else the text between
     * the year and 政府信息公开 (上海市人民政府办公厅 of 2019年上海市人民政府办公厅政府信息公开…), else
     * {@code null}; only a plausible organ's name ({@link OrganNames}).
     */
    static String organ(String title) {
        if (title == null) {
            return null;
        }
        String t = stripNoise(Metadata.compact(title));
        int y = Dates.firstYearAt(t, 0);
        if (y < 0) {
            return plausible(t.substring(0, after(t, 0)));
        }
        String before = plausible(t.substring(0, y));
        if (before != null) {
            return before;
        }
        int from = y + 5;
        if (from < t.length() && t.charAt(from) == '度') {
            from++;
        }
        int end = after(t, from);
        return end > from ? plausible(t.substring(from, end)) : null;
    }

    /** Where the organ's name ends: the first of 政府信息公开, 年度报告 … from {@code from}. */
    private static int after(String t, int from) {
        int end = -1;
        for (String w : AFTER_ORGAN) {
            int i = t.indexOf(w, from);
            if (i >= 0 && (end < 0 || i < end)) {
                end = i;
            }
        }
        return Math.max(end, from);
    }

    private static String plausible(String s) {
        String c = s;
        if (c.startsWith("关于")) {
            c = c.substring(2);
        }
        for (String tail : new String[] {"关于", "的"}) {
            if (c.endsWith(tail)) {
                c = c.substring(0, c.length() - tail.length());
            }
        }
        return OrganNames.plausible(c) ? c : null;
    }
}
