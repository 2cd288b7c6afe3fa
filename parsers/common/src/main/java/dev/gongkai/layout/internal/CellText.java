package dev.gongkai.layout.internal;

import dev.gongkai.model.Section;
import java.util.List;

/**
 * What a piece of text would be to the interpreter, for readers that must cut running text into
 * cells themselves (crawler dumps): a template label, a value, or a section heading. Thread-safe.
 */
public final class CellText {

    private static final int MAX_LABEL = 64;
    private static final int MAX_HEADING = 42;

    private CellText() {}

    /** True when the text is a row label or header of the template's tables. */
    public static boolean isLabel(String text) {
        return LabelCatalog.get().match(text) != null;
    }

    /** True when the text is a row label of table 二 or 三 (values follow it). */
    public static boolean isRowLabel(String text) {
        Label l = LabelCatalog.get().match(text);
        return l != null && (l.kind() == Label.Kind.APPLICATION_ROW || l.kind() == Label.Kind.ACTIVE_ROW);
    }

    /** True when the text is a row label of table 三 (seven values follow it). */
    public static boolean isApplicationRowLabel(String text) {
        Label l = LabelCatalog.get().match(text);
        return l != null && l.kind() == Label.Kind.APPLICATION_ROW;
    }

    /** True when the text begins a row label of table 三 that wraps onto another line (text from a PDF). */
    public static boolean isLabelStart(String text) {
        return LabelCatalog.get().matchPrefix(text) != null;
    }

    /** True when the text is a number or a blank marker ({@code —}, {@code /} …), not empty. */
    public static boolean isValue(String text) {
        return !text.isBlank() && (ValueReader.isNumber(text) || ValueReader.isBlank(text));
    }

    /**
     * Where the row label of table 二 or 三 that ends at {@code to} starts, for running text with no
     * separators: the longest suffix of {@code text[from, to)} that is exactly a row label (numbering,
     * full-width forms and wording variants allowed, typos not), or -1.
     */
    public static int rowLabelStart(String text, int from, int to) {
        int best = -1;
        for (int s = to - 1; s >= Math.max(from, to - MAX_LABEL); s--) {
            Label l = LabelCatalog.get().matchExact(text.substring(s, to));
            if (l != null && (l.kind() == Label.Kind.APPLICATION_ROW || l.kind() == Label.Kind.ACTIVE_ROW)) {
                best = s;
            }
        }
        return best;
    }

    /**
     * Where a misspelt row label of table 二 or 三 that ends at {@code to} starts, for running text
     * where digits follow and no label is written exactly ({@link #rowLabelStart} found none): the
     * suffix of {@code text[from, to)} nearest to one row label within the edit distance allowed for
     * whole cells (the longest such suffix), or -1 when none is, or when suffixes as near name
     * different rows. A cell cut at the result is matched to the same row by the interpreter.
     */
    public static int rowLabelStartLoose(String text, int from, int to) {
        int best = -1;
        Label label = null;
        int distance = Integer.MAX_VALUE;
        for (int s = to - 1; s >= Math.max(from, to - MAX_LABEL); s--) {
            String t = text.substring(s, to);
            Label l = LabelCatalog.get().matchLoose(t);
            if (l == null || (l.kind() != Label.Kind.APPLICATION_ROW && l.kind() != Label.Kind.ACTIVE_ROW)) {
                continue;
            }
            int d = LabelCatalog.get().distance(t, l);
            if (d < distance) {
                best = s;
                label = l;
                distance = d;
            } else if (d == distance && !l.equals(label)) {
                return -1;
            } else if (d == distance) {
                best = s;
            }
        }
        return best;
    }

    /** How the template's section headings end ({@code 情况}, {@code 事项}, {@code 概述}, {@code 问题}, {@code 改进}). */
    public static final List<String> HEADING_ENDINGS = HeadingMatcher.ENDINGS;

    /**
     * Where a section heading starting at {@code at} in running text ends, or -1: the shortest heading
     * that ends as headings do ({@code 情况}, {@code 事项}), else the shortest with another heading ending
     * ({@code 问题}, {@code 改进}, {@code 概述}), else the shortest heading at all.
     */
    public static int headingEnd(String text, int at) {
        int fallback = -1;
        int other = -1;
        for (int end = at + 3; end <= Math.min(text.length(), at + MAX_HEADING); end++) {
            char last = text.charAt(end - 1);
            if ((last >= '0' && last <= '9') || (last >= '０' && last <= '９')
                    || (last == '、' && Normalizer.isNumeral(text.charAt(end - 2)))) {
                break;
            }
            if (HeadingMatcher.match(text.substring(at, end)) == null) {
                continue;
            }
            String h = text.substring(at, end);
            if (h.endsWith("情况") || h.endsWith("事项")) {
                return end;
            }
            if (other < 0 && HeadingMatcher.hasHeadingEnding(h)) {
                other = end;
            }
            if (fallback < 0) {
                fallback = end;
            }
        }
        return other >= 0 ? other : fallback;
    }

    /**
     * How many different row labels of tables 二 and 三 are written inside a text: a cheap test of
     * whether running text may hold the template's tables.
     */
    public static int rowLabelsIn(String text) {
        return LabelCatalog.get().rowLabelsIn(text);
    }

    /** How many of table 四's headers (行政复议, 结果维持 …) are written inside a text. */
    public static int reviewHeadersIn(String text) {
        int n = 0;
        for (Label l : LabelCatalog.get().headersIn(text)) {
            n += l.kind() == Label.Kind.REVIEW_HEADER ? 1 : 0;
        }
        return n;
    }

    /** The section a heading's text opens, or {@code null} when it is no section heading. */
    public static Section section(String text) {
        HeadingMatcher.Match m = HeadingMatcher.match(text);
        return m == null ? null : m.section();
    }

    /** True when the text is one of the six section headings. */
    public static boolean isHeading(String text) {
        return HeadingMatcher.match(text) != null;
    }

    /** True when the text is a whole date ({@code 2024年1月31日}), as under a signature. */
    public static boolean isDate(String text) {
        return Dates.date(text) != null;
    }

    /** True when the text could be a signing organ's line (short, no sentence, an organ's ending). */
    public static boolean isOrganName(String text) {
        return Metadata.organLine(text);
    }
}
