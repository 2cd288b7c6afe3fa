package dev.gongkai.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The differences in content between two reports: metadata, section texts (optionally) and every
 * table value, compared numerically ({@code 5} equals {@code 5.0}), blank against blank. Raw texts,
 * source spans and layout are not compared. Used by round-trip tests and assertions whose failure
 * messages must show the differing cells.
 *
 * @since 0.1
 */
public final class ReportDiff {

    private ReportDiff() {}

    /** Differences including the section texts. */
    public static List<String> between(Report expected, Report actual) {
        return between(expected, actual, true);
    }

    /**
     * Differences between two reports, one line each, such as
     * {@code "applications/granted/total: expected 16, was 15"}; empty when equal in content.
     */
    public static List<String> between(Report expected, Report actual, boolean compareSections) {
        List<String> out = new ArrayList<>();
        field(out, "edition", expected.edition().code(), actual.edition().code());
        field(out, "year", expected.year(), actual.year());
        field(out, "organ", expected.organ(), actual.organ());
        field(out, "title", expected.title(), actual.title());
        field(out, "published", expected.published(), actual.published());
        if (compareSections) {
            for (Section s : Section.values()) {
                String a = expected.section(s);
                String b = actual.section(s);
                if (!Objects.equals(a, b)) {
                    out.add("sections/" + s.code() + ": expected " + abbreviate(a) + ", was " + abbreviate(b));
                }
            }
        }
        table(out, expected.activeDisclosure(), actual.activeDisclosure());
        table(out, expected.applications(), actual.applications());
        table(out, expected.reviewLitigation(), actual.reviewLitigation());
        return out;
    }

    /** True when the two reports are equal in content (sections included). */
    public static boolean sameContent(Report a, Report b) {
        return between(a, b, true).isEmpty();
    }

    private static void field(List<String> out, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(name + ": expected " + a + ", was " + b);
        }
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void table(
            List<String> out, StatTable<R, C> a, StatTable<R, C> b) {
        Set<R> rows = new LinkedHashSet<>(a.rows());
        rows.addAll(b.rows());
        for (R r : rows) {
            if (!a.has(r) || !b.has(r)) {
                out.add(a.id().code() + "/" + r.code() + ": " + (a.has(r) ? "row missing" : "unexpected row"));
                continue;
            }
            for (C c : a.columns(r)) {
                Cell x = a.cell(r, c);
                Cell y = b.has(r, c) ? b.cell(r, c) : Cell.MISSING;
                if (!x.sameValue(y)) {
                    out.add(a.id().code() + "/" + r.code() + "/" + c.code() + ": expected " + show(x) + ", was " + show(y));
                }
            }
        }
    }

    private static String show(Cell c) {
        return c.value() == null ? "null" : c.value().toPlainString();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "absent";
        }
        String one = s.replace('\n', '⏎');
        return one.length() <= 40 ? "\"" + one + "\"" : "\"" + one.substring(0, 40) + "…\" (" + s.length() + " chars)";
    }
}
