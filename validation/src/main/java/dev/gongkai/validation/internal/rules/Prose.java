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

    private static final Pattern SENTENCE = Pattern.compile("[^。；;！!？?\\n]+");
    private static final Pattern CLAUSE = Pattern.compile("[^，,、。；;（）()]+");
    private static final Pattern OTHER_TIME = Pattern.compile("上年|去年|上一年|前年|同比|同期|往年|历年|累计至");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");

    private Prose() {}

    /** The sentences of every section, with the section they stand in, in template order. */
    static List<Map.Entry<Section, String>> sentences(Report r) {
        List<Map.Entry<Section, String>> out = new ArrayList<>();
        for (Map.Entry<Section, String> e : r.sections().entrySet()) {
            Matcher m = SENTENCE.matcher(e.getValue());
            while (m.find()) {
                String s = m.group().strip();
                if (!s.isEmpty()) {
                    out.add(Map.entry(e.getKey(), s));
                }
            }
        }
        return out;
    }

    /**
     * Every match of a pattern (whose group {@code n} is the number) in the sentences, skipping clauses
     * about another time.
     */
    static List<Count> find(Report r, Pattern p, Pattern sentenceMust) {
        List<Count> out = new ArrayList<>();
        for (Map.Entry<Section, String> e : sentences(r)) {
            String s = e.getValue();
            if (sentenceMust != null && !sentenceMust.matcher(s).find()) {
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
