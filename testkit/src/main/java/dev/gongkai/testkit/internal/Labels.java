package dev.gongkai.testkit.internal;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Cell;
import dev.gongkai.testkit.render.Variation;
import java.util.Set;

/** Applies the label and number variations of a rendering. */
final class Labels {

    final Set<Variation> v;
    private final Prng rng;

    Labels(Set<Variation> v, Prng rng) {
        this.v = v;
        this.rng = rng;
    }

    boolean has(Variation x) {
        return v.contains(x);
    }

    /** Brackets and colons, full-width or ASCII. */
    String punct(String s) {
        if (!has(Variation.ASCII_PUNCTUATION)) {
            return s;
        }
        return s.replace('（', '(').replace('）', ')').replace('：', ':');
    }

    /** A row or header label with the label variations applied. */
    String label(String s) {
        String out = s;
        if (has(Variation.ZHIJI)) {
            out = out.replace("只计这一情形，不计其他情形", "只记这一情形，不记其他情形");
        }
        if (has(Variation.COMPLAINT_WORDING)) {
            out = out.replace("信访举报投诉类申请", "信访投诉举报类申请");
        }
        if (has(Variation.RESULT_MAINTAINED)) {
            out = out.replace("结果维持", "结果维护");
        }
        if (has(Variation.NORMATIVE_WITHOUT_ADMINISTRATIVE) && out.equals("行政规范性文件")) {
            out = "规范性文件";
        }
        if (has(Variation.SPACES_IN_LABELS)) {
            if (out.equals("规章")) {
                out = "规    章";
            } else if (out.equals("自然人")) {
                out = "自 然人";
            } else if (out.equals("行政许可")) {
                out = "行政 许可";
            }
        }
        if (has(Variation.BREAKS_IN_LABELS) && out.length() > 12 && !out.contains("\n")) {
            int cut = out.indexOf('（', 2);
            cut = cut > 0 ? cut : out.length() / 2;
            out = out.substring(0, cut) + "\n" + out.substring(cut);
        }
        return punct(out);
    }

    /** A cell as written: the number (canonical), or the blank cell's raw text. */
    String cell(Cell c) {
        if (c.value() == null) {
            return c.raw() == null ? "" : c.raw();
        }
        String s = ReportJson.canonical(c.value()).toPlainString();
        if (has(Variation.FULLWIDTH_DIGITS)) {
            s = fullWidth(s);
        }
        if (has(Variation.PADDED_ZERO) && c.value().signum() == 0) {
            s = rng.chance(0.5) ? " " + s : s + " ";
        }
        return s;
    }

    /** ASCII digits written full-width. */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch);
        }
        return b.toString();
    }
}
