package dev.gongkai.cli;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as plain text for people: metadata, the three tables with the template's labels, the
 * sections found and the parse problems. Blank cells show as {@code ·}, cells the document lacks as
 * {@code ?}.
 */
final class ReportText {
    private ReportText() {}

    static String render(ParseResult parsed) {
        Report r = parsed.report();
        StringBuilder b = new StringBuilder();
        b.append(r.title() == null ? "(no title)" : r.title()).append('\n');
        b.append("organ ").append(orDash(r.organ())).append(" · year ").append(orDash(r.year()))
                .append(" · edition ").append(r.edition().code()).append(" · published ").append(orDash(r.published()))
                .append(" · read by ").append(parsed.parser()).append('\n');
        b.append("sections: ");
        List<String> secs = new ArrayList<>();
        for (Map.Entry<Section, String> e : r.sections().entrySet()) {
            secs.add(e.getKey().numeral() + " " + e.getKey().code() + " (" + e.getValue().length() + " chars)");
        }
        b.append(secs.isEmpty() ? "none" : String.join(", ", secs)).append('\n');
        table(b, r.activeDisclosure());
        table(b, r.applications());
        table(b, r.reviewLitigation());
        b.append("\n(· blank, ? not in the document)\n");
        if (!parsed.problems().isEmpty()) {
            b.append("\nproblems:\n");
            for (Problem p : parsed.problems()) {
                b.append("  ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void table(StringBuilder b, StatTable<R, C> t) {
        b.append('\n').append(t.id().section().numeral()).append('、').append(t.id().label())
                .append(" (").append(t.id().code()).append(")\n");
        List<C> header = null;
        for (R row : t.rows()) {
            List<C> cols = t.columns(row);
            if (!cols.equals(header)) {
                header = cols;
                b.append(pad("", 28));
                for (C c : cols) {
                    b.append(' ').append(padLeft(c.label(), 10));
                }
                b.append('\n');
            }
            b.append(pad(row.label(), 28));
            for (C c : cols) {
                b.append(' ').append(padLeft(text(t.cell(row, c)), 10));
            }
            b.append('\n');
        }
    }

    private static String text(Cell c) {
        return c.isMissing() ? "?" : c.value() == null ? "·" : c.value().toPlainString();
    }

    private static String orDash(Object o) {
        return o == null ? "—" : o.toString();
    }

    /** Display width: East Asian wide characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3
                    || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f || cp >= 0xff00 && cp <= 0xff60
                    || cp >= 0xffe0 && cp <= 0xffe6) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (width(b.toString() + new String(Character.toChars(cp))) > max - 1) {
                break;
            }
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    private static String pad(String s, int w) {
        String c = cut(s, w);
        return c + " ".repeat(Math.max(0, w - width(c)));
    }

    private static String padLeft(String s, int w) {
        String c = cut(s, w);
        return " ".repeat(Math.max(0, w - width(c))) + c;
    }
}
