package dev.gongkai.layout.internal;

import dev.gongkai.model.Section;
import java.util.List;

/**
 * Recognises the six section headings, with or without their numeral (一、 … 六、), in ASCII or
 * full-width punctuation. Sub-headings such as （一）主动公开 are not section headings.
 */
final class HeadingMatcher {

    /** A recognised heading. */
    record Match(Section section, boolean numbered) {}

    private static final int MAX_NUMBERED = 40;
    private static final int MAX_UNNUMBERED = 25;
    /** How prose sentences start and headings do not: a subject (本机关, 我局), a verb or an adverb. */
    private static final String[] PROSE_STARTS = {"本", "我", "无", "未", "全年", "全面", "进一步", "持续", "认真", "加强",
        "做好", "推进", "规范", "积极", "切实", "不断", "梳理", "分析", "完善", "落实", "开展", "严格", "及时", "已",
        "均", "共", "经"};

    private HeadingMatcher() {}

    /** The section a paragraph's text heads, or {@code null}. */
    static Match match(String text) {
        if (text.length() > 60 || text.indexOf('\n') >= 0 && text.strip().indexOf('\n') >= 0) {
            return null;
        }
        String n = Normalizer.normalise(text);
        n = stripMarkup(n);
        if (n.isEmpty() || n.charAt(0) == '(' || (n.charAt(0) >= '0' && n.charAt(0) <= '9')) {
            return null;
        }
        boolean numbered = false;
        char c0 = n.charAt(0);
        if ("一二三四五六".indexOf(c0) >= 0 && n.length() > 1 && "、.,，:：".indexOf(n.charAt(1)) >= 0) {
            numbered = true;
            n = n.substring(2);
        } else if (n.startsWith("第") && n.length() > 3 && n.charAt(2) == '部' ) {
            numbered = true;
            n = n.substring(n.indexOf('分') + 1);
        }
        if (!numbered && (n.endsWith("。") || startsLikeProse(n))) {
            return null;
        }
        while (!n.isEmpty() && ":：。.".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.length() > (numbered ? MAX_NUMBERED : MAX_UNNUMBERED)) {
            return null;
        }
        if (!numbered && !unnumberedHeading(n)) {
            return null;
        }
        Section s = section(n);
        return s == null ? null : new Match(s, numbered);
    }

    /** How the template's headings end: the usual endings first ({@code 情况}, {@code 事项}), then the others. */
    static final List<String> ENDINGS = List.of("情况", "事项", "概述", "问题", "改进");

    /** Whether a text ends as a section heading does. */
    static boolean hasHeadingEnding(String text) {
        for (String e : ENDINGS) {
            if (text.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** An unnumbered heading: no digits, no sentence punctuation, and a heading's ending. */
    private static boolean unnumberedHeading(String n) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ((c >= '0' && c <= '9') || "，,。；;：:".indexOf(c) >= 0) {
                return false;
            }
        }
        return hasHeadingEnding(n);
    }

    private static boolean startsLikeProse(String n) {
        for (String p : PROSE_STARTS) {
            if (n.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String stripMarkup(String n) {
        int i = 0;
        while (i < n.length() && (n.charAt(i) == '#' || n.charAt(i) == '*')) {
            i++;
        }
        int j = n.length();
        while (j > i && n.charAt(j - 1) == '*') {
            j--;
        }
        return n.substring(i, j);
    }

    private static Section section(String n) {
        if (n.contains("总体情况") || n.equals("概述") || n.equals("基本情况")) {
            return Section.OVERVIEW;
        }
        if (n.contains("行政复议") || n.contains("行政诉讼")) {
            return Section.REVIEW_LITIGATION;
        }
        if (n.contains("主动公开")) {
            return Section.ACTIVE_DISCLOSURE;
        }
        if (n.contains("依申请") || (n.contains("收到") && n.contains("申请")) || n.contains("处理政府信息公开申请")) {
            return Section.APPLICATIONS;
        }
        if (n.contains("主要问题") || n.contains("改进情况")) {
            return Section.PROBLEMS;
        }
        if (n.contains("其他需要报告") || n.contains("其他事项") || n.contains("其它需要报告") || n.contains("其它事项")) {
            return Section.OTHER_MATTERS;
        }
        return null;
    }
}
