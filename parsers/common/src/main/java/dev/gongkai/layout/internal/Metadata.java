package dev.gongkai.layout.internal;

import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.Section;
import dev.gongkai.model.YearMention;
import dev.gongkai.spi.ProblemList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's metadata read from its prose: title (joined across lines, or the 《…年度报告》 the preamble
 * names), organ (the signature after section 六, else the title's text before the year), year (title,
 * statistical period, body) and the date under the signature.
 */
final class Metadata {

    private static final int TITLE_WINDOW = 6;
    private static final String[] ORGAN_ENDINGS = {"政府", "办公室", "办公厅", "局", "委员会", "委", "厅", "中心",
        "院", "所", "处", "办", "部", "会", "站", "队", "县", "市", "区", "镇", "乡", "公司", "署", "馆", "社", "街道", "大学", "学校", "集团"};

    String title;
    String organ;
    Integer year;
    LocalDate published;
    /** How many trailing paragraphs of section 六 are the signature and date. */
    int signatureParagraphs;
    final List<YearMention> years = new ArrayList<>();

    static Metadata read(Outline outline, ProblemList problems) {
        Metadata m = new Metadata();
        m.title = title(outline.preamble);
        m.signature(outline.prose.get(Section.OTHER_MATTERS));
        if (m.organ == null && m.title != null) {
            int y = Dates.firstYearAt(m.title, 0);
            String before = y < 0 ? "" : m.title.substring(0, y).strip();
            m.organ = before.isEmpty() ? null : before;
        }
        m.years(outline, problems);
        return m;
    }

    private static String title(List<Paragraph> preamble) {
        List<String> lines = new ArrayList<>();
        for (Paragraph p : preamble) {
            for (String l : p.text().split("\n", -1)) {
                if (!l.isBlank() && lines.size() < TITLE_WINDOW) {
                    lines.add(l.length() > 100 ? "。" : compact(l));
                }
            }
            if (lines.size() >= TITLE_WINDOW) {
                break;
            }
        }
        for (int j = 0; j < lines.size(); j++) {
            String l = lines.get(j);
            if (l.contains("报告") && l.length() <= 60 && !sentence(l) && !cut(l)
                    && !l.startsWith("本报告") && !l.startsWith("根据") && !l.startsWith("依据")) {
                StringBuilder t = new StringBuilder(l);
                for (int k = j - 1; k >= 0 && k >= j - 2 && lines.get(k).length() <= 30 && !sentence(lines.get(k)); k--) {
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
        int last = six.size() - 1;
        LocalDate d = Dates.date(six.get(last).text());
        if (d != null) {
            published = d;
            signatureParagraphs = 1;
            if (last > 0 && organLine(six.get(last - 1).text())) {
                organ = compact(six.get(last - 1).text());
                signatureParagraphs = 2;
            }
        } else if (organLine(six.get(last).text()) && six.size() > 1) {
            organ = compact(six.get(last).text());
            signatureParagraphs = 1;
        }
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
        for (String e : ORGAN_ENDINGS) {
            if (c.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private void years(Outline outline, ProblemList problems) {
        Integer titleYear = null;
        if (title != null) {
            String t = Normalizer.normalise(title);
            int i = Dates.firstYearAt(t, 0);
            if (i >= 0) {
                titleYear = Dates.yearAt(t, i);
                years.add(new YearMention("title", titleYear, title));
            }
        }
        int length = 0;
        for (Paragraph p : outline.preamble) {
            length += p.text().length();
        }
        StringBuilder pre = new StringBuilder(length);
        for (Paragraph p : outline.preamble) {
            pre.append(Normalizer.normalise(p.text()));
        }
        String overview = outline.text(Section.OVERVIEW, 0);
        Integer period = Dates.periodYear(pre.toString());
        if (period == null && overview != null) {
            period = Dates.periodYear(overview);
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
