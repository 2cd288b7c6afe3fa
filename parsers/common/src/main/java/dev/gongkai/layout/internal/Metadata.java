package dev.gongkai.layout.internal;

import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.OrganNames;
import dev.gongkai.model.Section;
import dev.gongkai.model.YearMention;
import dev.gongkai.spi.ProblemList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's metadata, in SPEC §3's order of trust: first the report's own text — title (joined
 * across lines, or the 《…年度报告》 the preamble names), organ (the signature after section 六, else the
 * title's organ), year (title, statistical period, body) and the date under the signature — then what
 * stands around it: a crawler's header or a page's line under the title ({@code 标题:},
 * {@code 发布日期：}, {@code 发布机构:}), then the carrier's {@link DocumentProperties} (meta tags,
 * {@code <title>}, file properties). A title never takes in page words (正文, 附件, breadcrumbs, the
 * site's name); an organ is a plausible organ's name ({@link OrganNames}) or {@code null}.
 */
final class Metadata {

    private static final int TITLE_WINDOW = 6;
    private static final Pattern LABEL_LINE = Pattern.compile("(?!(正文|附件|附表|全文|原文)\\d*[:：])[^:：]{1,6}[:：]");

    String title;
    String organ;
    Integer year;
    LocalDate published;
    /** How many trailing paragraphs of section 六 are the signature and date. */
    int signatureParagraphs;
    final List<YearMention> years = new ArrayList<>();

    static Metadata read(Outline outline, DocumentProperties carrier, ProblemList problems) {
        Metadata m = new Metadata();
        List<String> preamble = new ArrayList<>();
        for (Paragraph p : outline.preamble) {
            preamble.add(p.text());
        }
        Labelled head = Labelled.scan(preamble);
        Labelled page = Labelled.scan(carrier.lines());
        String[] names = {carrier.siteName(), carrier.column()};
        m.title = title(outline.preamble, names);
        m.signature(outline.prose.get(Section.OTHER_MATTERS));
        String overview = outline.text(Section.OVERVIEW, 0); // joined once: the year rules below all read it
        Integer period = period(outline, overview);
        Integer stated = period != null ? period : overview == null ? null : Dates.mostFrequentYear(overview);
        List<String> carried = new ArrayList<>();
        for (String t : new String[] {head.title, page.title, carrier.title(), carrier.pageTitle()}) {
            String c = Titles.clean(t, names);
            if (c != null && agrees(c, stated)) {
                carried.add(c);
            }
        }
        if (m.title == null && !carried.isEmpty()) {
            m.title = carried.get(0);
        }
        m.years(outline, overview, period, problems);
        if (m.organ == null) {
            m.organ = Titles.organ(m.title);
        }
        for (int i = 0; m.organ == null && i < carried.size(); i++) {
            m.organ = Titles.organ(carried.get(i));
        }
        for (String p : new String[] {head.publisher, page.publisher, carrier.publisher()}) {
            if (m.organ == null && p != null && OrganNames.plausible(p)) {
                m.organ = compact(p);
            }
        }
        LocalDate[] dates = {head.date, page.date, carrier.published() == null ? null : Dates.loose(carrier.published())};
        for (int i = 0; m.published == null && i < dates.length; i++) {
            LocalDate d = dates[i];
            if (d != null && m.year != null && d.getYear() <= m.year) {
                problems.add("date-before-year", "the date " + d + " stated beside the report is not after its year "
                        + m.year + "; it is not taken as the publication date", null);
            } else {
                m.published = d;
            }
        }
        return m;
    }

    /**
     * A carrier's title is not the report's when its year contradicts the year the report's text is
     * on (its statistical period, else the year its overview names most): a leftover of last year's.
     */
    private static boolean agrees(String title, Integer stated) {
        int y = Dates.firstYearAt(title, 0);
        return stated == null || y < 0 || Dates.yearAt(title, y) == stated;
    }

    private static String title(List<Paragraph> preamble, String[] names) {
        List<String> lines = new ArrayList<>();
        for (Paragraph p : preamble) {
            for (String l : p.text().split("\n", -1)) {
                if (l.isBlank() || lines.size() >= TITLE_WINDOW) {
                    continue;
                }
                String c = compact(l);
                if (l.length() > 100) {
                    lines.add("。");
                } else if (!Titles.noise(c, names) && !labelled(c)) {
                    lines.add(c);
                }
            }
            if (lines.size() >= TITLE_WINDOW) {
                break;
            }
        }
        for (int j = 0; j < lines.size(); j++) {
            String l = Titles.stripNoise(lines.get(j));
            if (l.contains("报告") && l.length() <= 60 && !sentence(l) && !cut(l)
                    && !l.startsWith("本报告") && !l.startsWith("根据") && !l.startsWith("依据")) {
                StringBuilder t = new StringBuilder(l);
                for (int k = j - 1; k >= 0 && k >= j - 2 && joins(lines.get(k), t); k--) {
                    t.insert(0, lines.get(k));
                }
                return t.toString();
            }
        }
        StringBuilder all = new StringBuilder();
        for (Paragraph p : preamble) {
            String named = namedReport(p.text());
            if (named != null) {
                return named;
            }
            all.append(p.text());
        }
        return namedReport(all.toString()); // the name wrapped across lines (text extracted from a PDF)
    }

    /**
     * Whether the line above a title's piece is its start: a short line, no sentence, and either the
     * piece has no year yet (樟树市机关事务管理局2020年政府 / 信息公开工作年度报告) or the piece starts with
     * its year and the line above is an organ's name (樟树市人民政府 / 2023年政府信息公开工作年度报告).
     */
    private static boolean joins(String above, CharSequence piece) {
        if (above.length() > 30 || sentence(above)) {
            return false;
        }
        int y = Dates.firstYearAt(piece.toString(), 0);
        return y < 0 || y == 0 && OrganNames.plausible(above);
    }

    /**
     * A crawler header's or info line's {@code 标签：值} (标题:, 发布时间:, 来源:), read by {@link Labelled},
     * not a title line; a title behind 附件1： or 正文： is one.
     */
    private static boolean labelled(String c) {
        return LABEL_LINE.matcher(c).lookingAt();
    }

    /** A piece of a wrapped sentence: its 《》 do not pair up. */
    private static boolean cut(String l) {
        int open = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '《') {
                open++;
            } else if (c == '》' && --open < 0) {
                return true;
            }
        }
        return open != 0;
    }

    private static String namedReport(String text) {
        for (int open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
            int close = text.indexOf('》', open);
            if (close < 0) {
                return null;
            }
            String inner = compact(text.substring(open + 1, close));
            if (inner.endsWith("年度报告") && Dates.firstYearAt(inner, 0) >= 0 && inner.length() <= 60) {
                return inner;
            }
        }
        return null;
    }

    private void signature(List<Paragraph> six) {
        if (six == null || six.isEmpty()) {
            return;
        }
        int end = six.size() - 1;
        // a page printed to PDF or Word keeps its furniture after the signature (分享到：微信 微博, 主办单位 …)
        int last = end;
        while (last > 0 && end - last < FURNITURE_LINES && signatureDate(six.get(last).text()) == null
                && furniture(six.get(last).text())) {
            last--;
        }
        int after = end - last;
        LocalDate d = signatureDate(six.get(last).text());
        if (d != null) {
            published = d;
            signatureParagraphs = 1 + after;
            if (last > 0 && organLine(six.get(last - 1).text())) {
                organ = compact(six.get(last - 1).text());
                signatureParagraphs = 2 + after;
            }
        } else if (organLine(six.get(last).text()) && last > 0) {
            organ = compact(six.get(last).text());
            signatureParagraphs = 1 + after;
        }
    }

    /**
     * The date of a signature's date line; a PDF's paragraph may run the page furniture below it onto it
     * ({@code 2025年1月28日分享到：微信 微博}): a date followed by furniture only is the date.
     */
    static LocalDate signatureDate(String text) {
        LocalDate d = Dates.date(text);
        if (d != null) {
            return d;
        }
        String t = text.strip();
        int day = t.indexOf('日');
        if (day > 0 && day < 20 && day + 1 < t.length() && furniture(t.substring(day + 1))) {
            return Dates.date(t.substring(0, day + 1));
        }
        return null;
    }

    /** How many lines of page furniture may follow a signature. */
    private static final int FURNITURE_LINES = 4;

    /** Words of a web page's furniture, which a page printed to PDF or saved as Word keeps below the report. */
    private static final Pattern FURNITURE = Pattern.compile(
            "分享|打印|关闭|收藏|微信|微博|主办|承办|版权|责任编辑|扫一扫|标识码|ICP|备案|联系我们|网站地图|字号|浏览次数|访问量|返回顶部");

    /** A short line of page furniture: furniture words, no sentence, no date, not an organ's line. */
    static boolean furniture(String text) {
        String c = compact(text);
        return !c.isEmpty() && c.length() <= 60 && !c.endsWith("。") && FURNITURE.matcher(c).find()
                && Dates.date(text) == null && !organLine(text);
    }

    /**
     * A signing organ's line: short, no sentence punctuation, no heading, and an organ's ending (局, 委,
     * 办公室, 政府 …), with or without a date below it, so that a last line of prose is not the organ.
     */
    static boolean organLine(String text) {
        String c = compact(text);
        if (c.length() < 2 || c.length() > 40 || sentence(c) || c.indexOf('\n') >= 0 || HeadingMatcher.match(c) != null) {
            return false;
        }
        return OrganNames.plausible(c);
    }

    /** The year of the statistical period stated in the preamble or section 一, or {@code null}. */
    private static Integer period(Outline outline, String overview) {
        int length = 0;
        for (Paragraph p : outline.preamble) {
            length += p.text().length();
        }
        StringBuilder pre = new StringBuilder(length);
        for (Paragraph p : outline.preamble) {
            pre.append(Normalizer.normalise(p.text()));
        }
        Integer period = Dates.periodYear(pre.toString());
        return period == null && overview != null ? Dates.periodYear(overview) : period;
    }

    private void years(Outline outline, String overview, Integer period, ProblemList problems) {
        Integer titleYear = null;
        if (title != null) {
            String t = Normalizer.normalise(title);
            int i = Dates.firstYearAt(t, 0);
            if (i >= 0) {
                titleYear = Dates.yearAt(t, i);
                years.add(new YearMention("title", titleYear, title));
            }
        }
        if (period != null) {
            years.add(new YearMention("period", period, period + "年1月1日"));
        }
        Integer body = overview == null ? null : Dates.mostFrequentYear(overview);
        if (body != null) {
            years.add(new YearMention("body", body, body + "年"));
        }
        year = titleYear != null ? titleYear : period != null ? period : body;
        for (YearMention y : years) {
            if (year != null && y.year() != year) {
                problems.add("year-mismatch", "the " + y.where() + " states " + y.year() + " but the report is on " + year,
                        null);
            }
        }
    }

    private static boolean sentence(String s) {
        return s.indexOf('。') >= 0 || s.indexOf('，') >= 0 || s.indexOf(',') >= 0 || s.indexOf('；') >= 0
                || s.indexOf('：') >= 0 || s.indexOf(':') >= 0;
    }

    /** A line without any white space. */
    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != 0x3000 && c != 0xA0 && c != 0xFEFF) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
