package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts stated in a report's prose. Reading is cautious: a number is taken only when the words right
 * before it say what it counts, and a clause that speaks of another year (上年, 去年, 同比, 2022年 in a
 * 2023 report) is skipped. A miss is better than a false finding.
 */
final class Prose {

    /** One count read from a sentence. */
    record Count(Section section, BigDecimal value, String sentence) {}

    /** The sentences of the report last split on this thread: rules ask for them one after another. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();
    private static final Pattern CLAUSE = Pattern.compile("[^，,、。；;（）()]+");
    private static final Pattern OTHER_TIME = Pattern.compile("上年|去年|上一年|前年|同比|同期|往年|历年|累计至");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");

    private Prose() {}

    /** The sentences of every section, with the section they stand in, in template order. */
    static List<Map.Entry<Section, String>> sentences(Report r) {
        return split(r, 1);
    }

    /** The sentences that hold a digit: the only ones a pattern reading a number can match. */
    private static List<Map.Entry<Section, String>> sentencesWithDigits(Report r) {
        return split(r, 2);
    }

    /** The sentences ({@code which} 1) or those with a digit (2), split once per report and thread. */
    @SuppressWarnings("unchecked")
    private static List<Map.Entry<Section, String>> split(Report r, int which) {
        Object[] last = LAST.get();
        if (last != null && last[0] == r) {
            return (List<Map.Entry<Section, String>>) last[which];
        }
        List<Map.Entry<Section, String>> out = new ArrayList<>();
        for (Map.Entry<Section, String> e : r.sections().entrySet()) {
            String text = e.getValue();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSentenceEnd(text.charAt(i))) {
                    int from = start;
                    int to = i;
                    while (from < to && Character.isWhitespace(text.charAt(from))) {
                        from++;
                    }
                    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                        to--;
                    }
                    if (from < to) { // the sentence stripped, cut out once
                        out.add(Map.entry(e.getKey(), text.substring(from, to)));
                    }
                    start = i + 1;
                }
            }
        }
        List<Map.Entry<Section, String>> withDigits = new ArrayList<>();
        for (Map.Entry<Section, String> e : out) {
            if (hasDigit(e.getValue())) {
                withDigits.add(e);
            }
        }
        Object[] split = {r, List.copyOf(out), List.copyOf(withDigits)};
        LAST.set(split);
        return (List<Map.Entry<Section, String>>) split[which];
    }

    private static boolean isSentenceEnd(char c) {
        switch (c) {
            case '。': case '；': case ';': case '！': case '!': case '？': case '?': case '\n':
                return true;
            default:
                return false;
        }
    }

    /** Every pattern reads a number: a sentence without a digit cannot match. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every match of a pattern (whose group {@code n} is the number) in the sentences that contain
     * {@code sentenceMust} (if not {@code null}), skipping clauses about another time.
     */
    static List<Count> find(Report r, Pattern p, String sentenceMust) {
        return find(r, p, sentenceMust, null);
    }

    /**
     * As {@link #find(Report, Pattern, String)}, looking only at sentences that contain {@code literal}
     * (a word the pattern needs; a cheap filter before the regular expression runs), if not {@code null}.
     */
    static List<Count> find(Report r, Pattern p, String sentenceMust, String literal) {
        List<Count> out = new ArrayList<>();
        for (Map.Entry<Section, String> e : sentencesWithDigits(r)) {
            String s = e.getValue();
            if (literal != null && !s.contains(literal)) {
                continue;
            }
            if (sentenceMust != null && !s.contains(sentenceMust)) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (!aboutAnotherTime(r, clauseAround(s, m.start(), m.end()))) {
                    out.add(new Count(e.getKey(), new BigDecimal(m.group("n")), quote(s)));
                }
            }
        }
        return out;
    }

    /** The clause text around a match (from the last clause break before it to the first after). */
    private static String clauseAround(String s, int start, int end) {
        int from = start;
        while (from > 0 && !isBreak(s.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < s.length() && !isBreak(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }

    private static boolean isBreak(char c) {
        return "，,。；;（）()".indexOf(c) >= 0;
    }

    private static boolean aboutAnotherTime(Report r, String clause) {
        if (OTHER_TIME.matcher(clause).find()) {
            return true;
        }
        if (r.year() != null) {
            Matcher y = YEAR.matcher(clause);
            while (y.find()) {
                if (Integer.parseInt(y.group(1)) != r.year()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String quote(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
