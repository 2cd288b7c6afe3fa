package dev.gongkai.testkit;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of SPEC §4, written again from the text of the SPEC and sharing no code with the
 * generator, to check generated and mutated reports. Findings are "rule table row column" strings.
 */
final class IndependentCheck {

    private IndependentCheck() {}

    static List<String> check(Report r) {
        List<String> out = new ArrayList<>();
        applications(r, out);
        review(r, out);
        values(r, out);
        if (r.year() != null && (r.year() >= 2021) != (r.edition() == Edition.E2021)) {
            out.add("structure.edition-year - - -");
        }
        if (r.edition() == Edition.E2021 && r.applications().has(ApplicationRow.OTHER)) {
            out.add("structure.template applications other -");
        }
        if (r.year() == null || r.title() == null || !r.title().contains(r.year() + "年")) {
            out.add("metadata.year - - -");
        }
        if (r.sections().size() != 6) {
            for (Section s : Section.values()) {
                if (r.section(s) == null) {
                    out.add("structure.sections - - - " + s.code());
                }
            }
        }
        narrative(r, out);
        return out;
    }

    static List<String> check(Report previous, Report current) {
        List<String> out = new ArrayList<>(check(current));
        for (Applicant a : Applicant.all()) {
            BigDecimal last = previous.applications().value(ApplicationRow.CARRIED_FORWARD, a);
            BigDecimal now = current.applications().value(ApplicationRow.CARRIED_OVER, a);
            if (last != null && now != null && last.compareTo(now) != 0) {
                out.add("cross-year.carry-over applications carried_over " + a.code());
            }
        }
        for (Section s : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS)) {
            if (current.section(s) != null && previous.section(s) != null
                    && jaccard(current.section(s), previous.section(s)) >= 0.9) {
                out.add("narrative.copied - - - " + s.code());
            }
        }
        if (previous.edition() == Edition.E2021 && current.edition() == Edition.E2021) {
            for (ActiveRow row : List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS)) {
                BigDecimal last = previous.activeDisclosure().value(row, ActiveColumn.IN_FORCE);
                BigDecimal issued = current.activeDisclosure().value(row, ActiveColumn.ISSUED);
                BigDecimal abolished = current.activeDisclosure().value(row, ActiveColumn.ABOLISHED);
                BigDecimal now = current.activeDisclosure().value(row, ActiveColumn.IN_FORCE);
                if (last != null && issued != null && abolished != null && now != null
                        && last.add(issued).subtract(abolished).compareTo(now) != 0) {
                    out.add("cross-year.normative-documents active_disclosure " + row.code() + " in_force");
                }
            }
        }
        return out;
    }

    /** Similarity of two texts: 5-grams of the text without whitespace, digits all alike (texts under 50 chars: 0). */
    static double jaccard(String a, String b) {
        java.util.Set<String> x = grams(a);
        java.util.Set<String> y = grams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        java.util.Set<String> common = new java.util.TreeSet<>(x);
        common.retainAll(y);
        java.util.Set<String> union = new java.util.TreeSet<>(x);
        union.addAll(y);
        return common.size() / (double) union.size();
    }

    private static java.util.Set<String> grams(String s) {
        String t = s.replaceAll("\\s", "").replaceAll("[0-9]", "0");
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; t.length() >= 50 && i + 5 <= t.length(); i++) {
            out.add(t.substring(i, i + 5));
        }
        return out;
    }

    private static BigDecimal v(Report r, ApplicationRow row, Applicant a) {
        return r.applications().value(row, a);
    }

    private static void applications(Report r, List<String> out) {
        for (Applicant a : Applicant.all()) {
            BigDecimal nr = v(r, ApplicationRow.NEW_RECEIVED, a);
            BigDecimal co = v(r, ApplicationRow.CARRIED_OVER, a);
            BigDecimal th = v(r, ApplicationRow.TOTAL_HANDLED, a);
            BigDecimal cf = v(r, ApplicationRow.CARRIED_FORWARD, a);
            if (nr != null && co != null && th != null && cf != null && nr.add(co).compareTo(th.add(cf)) != 0) {
                out.add("applications.balance applications - " + a.code());
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (ApplicationRow row : r.applications().rows()) {
                if (row.kind() == ApplicationRow.Kind.OUTCOME) {
                    BigDecimal x = v(r, row, a);
                    complete &= x != null;
                    sum = x == null ? sum : sum.add(x);
                }
            }
            if (complete && th != null && sum.compareTo(th) != 0) {
                out.add("applications.outcomes-sum applications total_handled " + a.code());
            }
        }
        for (ApplicationRow row : r.applications().rows()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (Applicant a : Applicant.all()) {
                if (a != Applicant.TOTAL) {
                    BigDecimal x = v(r, row, a);
                    complete &= x != null;
                    sum = x == null ? sum : sum.add(x);
                }
            }
            BigDecimal total = v(r, row, Applicant.TOTAL);
            if (complete && total != null && total.compareTo(sum) != 0) {
                out.add("applications.applicant-sum applications " + row.code() + " total");
            }
        }
    }

    private static void review(Report r, List<String> out) {
        for (ReviewGroup g : ReviewGroup.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (ReviewColumn c : new ReviewColumn[] {ReviewColumn.UPHELD, ReviewColumn.CORRECTED, ReviewColumn.OTHER, ReviewColumn.PENDING}) {
                BigDecimal x = r.reviewLitigation().value(g, c);
                complete &= x != null;
                sum = x == null ? sum : sum.add(x);
            }
            BigDecimal total = r.reviewLitigation().value(g, ReviewColumn.TOTAL);
            if (complete && total != null && total.compareTo(sum) != 0) {
                out.add("review-litigation.sum review_litigation " + g.code() + " total");
            }
        }
    }

    private static void values(Report r, List<String> out) {
        for (ActiveRow row : r.activeDisclosure().rows()) {
            for (Map.Entry<ActiveColumn, Cell> e : r.activeDisclosure().row(row).entrySet()) {
                value(out, "active_disclosure", row.code(), e.getKey().code(), e.getValue(),
                        e.getKey() == ActiveColumn.CHANGE, e.getKey().isAmount());
            }
        }
        for (ApplicationRow row : r.applications().rows()) {
            for (Map.Entry<Applicant, Cell> e : r.applications().row(row).entrySet()) {
                value(out, "applications", row.code(), e.getKey().code(), e.getValue(), false, false);
            }
        }
        for (ReviewGroup g : r.reviewLitigation().rows()) {
            for (Map.Entry<ReviewColumn, Cell> e : r.reviewLitigation().row(g).entrySet()) {
                value(out, "review_litigation", g.code(), e.getKey().code(), e.getValue(), false, false);
            }
        }
    }

    private static void value(List<String> out, String table, String row, String col, Cell c, boolean signed, boolean amount) {
        String where = " " + table + " " + row + " " + col;
        if (c.value() == null) {
            out.add("values.blank" + where);
            return;
        }
        if (!signed && c.value().signum() < 0) {
            out.add("values.non-negative" + where);
        }
        if (!amount && c.value().stripTrailingZeros().scale() > 0) {
            out.add("values.integer" + where);
        }
        if (amount && c.value().stripTrailingZeros().scale() > 4) {
            out.add("values.amount-scale" + where);
        }
    }

    private static final Pattern RECEIVED = Pattern.compile("申请(\\d+)件");
    private static final Pattern PERSONS = Pattern.compile("自然人申请(\\d+)件");
    private static final Pattern REVIEW = Pattern.compile("行政复议(\\d+)件");

    private static void narrative(Report r, List<String> out) {
        String text = String.join("\n", r.sections().values());
        Matcher m = RECEIVED.matcher(text);
        BigDecimal nr = v(r, ApplicationRow.NEW_RECEIVED, Applicant.TOTAL);
        BigDecimal co = v(r, ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
        int start = 0;
        while (m.find(start)) {
            start = m.end();
            if (text.startsWith("自然人", m.start() - 3)) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1));
            boolean ok = nr == null || stated.compareTo(nr) == 0 || (co != null && stated.compareTo(nr.add(co)) == 0);
            if (!ok) {
                out.add("narrative.applications applications new_received total");
            }
        }
        Matcher p = PERSONS.matcher(text);
        while (p.find()) {
            BigDecimal np = v(r, ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON);
            if (np != null && np.compareTo(new BigDecimal(p.group(1))) != 0) {
                out.add("narrative.applications applications new_received natural_person");
            }
        }
        Matcher q = REVIEW.matcher(text);
        while (q.find()) {
            BigDecimal rv = r.reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.TOTAL);
            if (rv != null && rv.compareTo(new BigDecimal(q.group(1))) != 0) {
                out.add("narrative.review-litigation review_litigation review total");
            }
        }
        if (text.contains("未发生因政府信息公开工作被申请行政复议")) {
            for (ReviewGroup g : ReviewGroup.values()) {
                BigDecimal t = r.reviewLitigation().value(g, ReviewColumn.TOTAL);
                if (t != null && t.signum() != 0) {
                    out.add("narrative.review-litigation review_litigation " + g.code() + " total");
                }
            }
        }
    }
}
