package dev.gongkai.testkit.internal;

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
import dev.gongkai.testkit.ExpectedFinding;
import dev.gongkai.testkit.Magnitudes;
import dev.gongkai.testkit.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Rule-breaking mutations of generated reports. Each starts from a consistent report (no blanks) and
 * changes as little as makes exactly its rule fail; where one changed cell would break several sums,
 * a second cell is changed to restore the others. The prose is rewritten from the changed tables so
 * that no narrative rule fires by accident.
 */
public final class Mutations {

    private static final Map<String, BiFunction<Long, Prng, Violation>> ALL = new java.util.LinkedHashMap<>();

    static {
        ALL.put("applications.balance", Mutations::balance);
        ALL.put("applications.outcomes-sum", Mutations::outcomesSum);
        ALL.put("applications.applicant-sum", Mutations::applicantSum);
        ALL.put("review-litigation.sum", Mutations::reviewSum);
        ALL.put("values.non-negative", Mutations::negative);
        ALL.put("values.integer", Mutations::fraction);
        ALL.put("values.blank", Mutations::blank);
        ALL.put("structure.sections", Mutations::missingSection);
        ALL.put("structure.edition-year", Mutations::editionYear);
        ALL.put("structure.template", Mutations::template);
        ALL.put("metadata.year", Mutations::noYear);
        ALL.put("narrative.applications", Mutations::narrativeApplications);
        ALL.put("narrative.review-litigation", Mutations::narrativeReview);
        ALL.put("cross-year.carry-over", Mutations::carryOver);
        ALL.put("cross-year.normative-documents", Mutations::normativeDocuments);
    }

    private Mutations() {}

    /** The rule ids a mutation exists for, in SPEC order. */
    public static List<String> rules() {
        return List.copyOf(ALL.keySet());
    }

    public static Violation violating(String rule, long seed) {
        BiFunction<Long, Prng, Violation> m = ALL.get(rule);
        if (m == null) {
            throw new IllegalArgumentException("no mutation breaks rule '" + rule + "'; known: " + ALL.keySet());
        }
        return m.apply(seed, new Prng(seed ^ 0x7F4A7C159E3779B9L));
    }

    private static final Generation.Options PLAIN = new Generation.Options(null, false, false, Magnitudes.REALISTIC);

    private static Report base(long seed) {
        return Generation.report(seed, PLAIN);
    }

    private static Report prose(long seed, Report r) {
        return Generation.rewriteProse(seed, r, f -> f);
    }

    private static long d(Prng rng) {
        return 1 + rng.nextInt(3);
    }

    private static Cell plus(Cell c, long d) {
        return Cell.of(c.value().add(BigDecimal.valueOf(d)));
    }

    private static Violation balance(long seed, Prng rng) {
        Report r = base(seed);
        Applicant c = rng.pick(Applicant.parts());
        long d = d(rng);
        Report.Builder b = r.toBuilder();
        ApplicationRow cf = ApplicationRow.CARRIED_FORWARD;
        b.cell(cf, c, plus(r.applications().cell(cf, c), d));
        b.cell(cf, Applicant.TOTAL, plus(r.applications().cell(cf, Applicant.TOTAL), d));
        return new Violation("applications.balance", prose(seed, b.build()), null, List.of(
                ExpectedFinding.of("applications.balance", "applications", null, c.code()),
                ExpectedFinding.of("applications.balance", "applications", null, "total")),
                "carried_forward/" + c.code() + " and carried_forward/total +" + d + " (row sum kept)");
    }

    private static Violation outcomesSum(long seed, Prng rng) {
        Report r = base(seed);
        List<ApplicationRow> outcomes = r.applications().rows().stream().filter(ApplicationRow::isOutcome).toList();
        ApplicationRow row = rng.pick(outcomes);
        Applicant c = rng.pick(Applicant.parts());
        long d = d(rng);
        Report.Builder b = r.toBuilder();
        b.cell(row, c, plus(r.applications().cell(row, c), d));
        b.cell(row, Applicant.TOTAL, plus(r.applications().cell(row, Applicant.TOTAL), d));
        return new Violation("applications.outcomes-sum", prose(seed, b.build()), null, List.of(
                ExpectedFinding.of("applications.outcomes-sum", "applications", "total_handled", c.code()),
                ExpectedFinding.of("applications.outcomes-sum", "applications", "total_handled", "total")),
                row.code() + "/" + c.code() + " and " + row.code() + "/total +" + d + " (row sum and balance kept)");
    }

    private static Violation applicantSum(long seed, Prng rng) {
        Report r = base(seed);
        Applicant c = rng.pick(Applicant.parts());
        long d = d(rng);
        Report.Builder b = r.toBuilder();
        b.cell(ApplicationRow.NEW_RECEIVED, c, plus(r.applications().cell(ApplicationRow.NEW_RECEIVED, c), d));
        b.cell(ApplicationRow.CARRIED_FORWARD, c, plus(r.applications().cell(ApplicationRow.CARRIED_FORWARD, c), d));
        return new Violation("applications.applicant-sum", prose(seed, b.build()), null, List.of(
                ExpectedFinding.of("applications.applicant-sum", "applications", "new_received", "total"),
                ExpectedFinding.of("applications.applicant-sum", "applications", "carried_forward", "total")),
                "new_received/" + c.code() + " and carried_forward/" + c.code() + " +" + d + " (balance kept, totals not)");
    }

    private static Violation reviewSum(long seed, Prng rng) {
        Report r = base(seed);
        ReviewGroup g = rng.pick(ReviewGroup.all());
        ReviewColumn c = rng.pick(ReviewColumn.parts());
        long d = d(rng);
        Report.Builder b = r.toBuilder();
        b.cell(g, c, plus(r.reviewLitigation().cell(g, c), d));
        return new Violation("review-litigation.sum", prose(seed, b.build()), null, List.of(
                ExpectedFinding.of("review-litigation.sum", "review_litigation", g.code(), "total")),
                g.code() + "/" + c.code() + " +" + d + " (total kept)");
    }

    private static final List<ActiveRow> DECISION_ROWS = List.of(ActiveRow.ADMINISTRATIVE_LICENSING,
            ActiveRow.ADMINISTRATIVE_PENALTY, ActiveRow.ADMINISTRATIVE_COERCION);

    private static Violation activeCell(long seed, Prng rng, String rule, java.util.function.Function<BigDecimal, Cell> change) {
        Report r = base(seed);
        ActiveRow row = rng.pick(DECISION_ROWS);
        Cell cell = change.apply(r.activeDisclosure().value(row, ActiveColumn.DECISIONS));
        Report changed = r.toBuilder().cell(row, ActiveColumn.DECISIONS, cell).build();
        return new Violation(rule, changed, null, List.of(
                ExpectedFinding.of(rule, "active_disclosure", row.code(), "decisions")),
                row.code() + "/decisions := " + cell);
    }

    private static Violation negative(long seed, Prng rng) {
        long v = 1 + rng.nextInt(50);
        return activeCell(seed, rng, "values.non-negative", old -> Cell.of(-v));
    }

    private static Violation fraction(long seed, Prng rng) {
        return activeCell(seed, rng, "values.integer", old -> Cell.of(old.add(new BigDecimal("0.5"))));
    }

    private static Violation blank(long seed, Prng rng) {
        String raw = rng.pick("", "—", "/", "无");
        return activeCell(seed, rng, "values.blank", old -> Cell.blank(raw, null));
    }

    private static Violation missingSection(long seed, Prng rng) {
        Section s = rng.pick(Section.PROBLEMS, Section.OTHER_MATTERS);
        Report r = base(seed).toBuilder().section(s, null).build();
        return new Violation("structure.sections", r, null, List.of(
                new ExpectedFinding("structure.sections", null, null, null, s.code())), "section " + s.code() + " removed");
    }

    private static Violation editionYear(long seed, Prng rng) {
        Report r = base(seed);
        int year = r.edition() == Edition.E2021 ? rng.between(2019, 2020) : rng.between(2021, 2024);
        Report.Builder b = r.toBuilder().year(year).title(r.organ() + year + "年政府信息公开工作年度报告");
        if (r.published() != null) {
            b.published(r.published().withYear(year + 1));
        }
        return new Violation("structure.edition-year", prose(seed, b.build()), null, List.of(
                ExpectedFinding.of("structure.edition-year")), "edition " + r.edition().code() + " with year " + year);
    }

    private static Violation template(long seed, Prng rng) {
        Report r = Generation.report(seed, new Generation.Options(Edition.E2021, false, true, Magnitudes.REALISTIC));
        return new Violation("structure.template", r, null, List.of(
                ExpectedFinding.of("structure.template", "applications", "other", null)),
                "edition 2021 with （六）其他处理 as one row");
    }

    private static Violation noYear(long seed, Prng rng) {
        Report r = base(seed);
        Report.Builder b = r.toBuilder().year(null).published(null).title(r.organ() + "政府信息公开工作年度报告");
        Report changed = prose(seed, b.build()).toBuilder().section(Section.OTHER_MATTERS, "无").build();
        return new Violation("metadata.year", changed, null, List.of(ExpectedFinding.of("metadata.year")),
                "year, published date and every year in title and prose removed");
    }

    private static Violation narrativeApplications(long seed, Prng rng) {
        Report r = base(seed);
        long nr = value(r.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL));
        long co = value(r.applications().value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
        long stated = nr + co + d(rng);
        Report changed = Generation.rewriteProse(seed, r, f -> new ProseWriter.Facts(stated, null, f.review(), f.litigation()));
        return new Violation("narrative.applications", changed, null, List.of(
                ExpectedFinding.of("narrative.applications", "applications", "new_received", "total").inSection("overview")),
                "prose states " + stated + " applications; table has " + nr + " new + " + co + " carried over");
    }

    private static Violation narrativeReview(long seed, Prng rng) {
        Report r = base(seed);
        long review = value(r.reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.TOTAL));
        long lit = value(r.reviewLitigation().value(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL))
                + value(r.reviewLitigation().value(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL));
        long stated = review + d(rng);
        Report changed = Generation.rewriteProse(seed, r, f -> new ProseWriter.Facts(f.received(), f.naturalPersons(), stated, lit));
        return new Violation("narrative.review-litigation", changed, null, List.of(
                ExpectedFinding.of("narrative.review-litigation", "review_litigation", "review", "total").inSection("overview")),
                "prose states " + stated + " administrative reviews; table has " + review);
    }

    private static Violation carryOver(long seed, Prng rng) {
        Report[] p = Generation.pair(seed, PLAIN);
        Report r = p[1];
        Applicant c = rng.pick(Applicant.parts());
        long d = d(rng);
        Report.Builder b = r.toBuilder();
        for (ApplicationRow row : List.of(ApplicationRow.CARRIED_OVER, ApplicationRow.CARRIED_FORWARD)) {
            b.cell(row, c, plus(r.applications().cell(row, c), d));
            b.cell(row, Applicant.TOTAL, plus(r.applications().cell(row, Applicant.TOTAL), d));
        }
        Report changed = Generation.notCopied(p[0], prose(seed, b.build()), rng);
        return new Violation("cross-year.carry-over", changed, p[0], List.of(
                ExpectedFinding.of("cross-year.carry-over", "applications", "carried_over", c.code()),
                ExpectedFinding.of("cross-year.carry-over", "applications", "carried_over", "total")),
                "carried_over and carried_forward of " + c.code() + " and total +" + d + " (this year consistent)");
    }

    private static Violation normativeDocuments(long seed, Prng rng) {
        Report[] p = Generation.pair(seed, new Generation.Options(Edition.E2021, false, false, Magnitudes.REALISTIC));
        for (long k = 1; p[0].edition() != Edition.E2021; k++) {
            p = Generation.pair(seed + k * 1_000_003L, new Generation.Options(Edition.E2021, false, false, Magnitudes.REALISTIC));
        }
        Report r = p[1];
        long d = d(rng);
        ActiveRow row = ActiveRow.NORMATIVE_DOCUMENTS;
        Report changed = r.toBuilder().cell(row, ActiveColumn.IN_FORCE, plus(r.activeDisclosure().cell(row, ActiveColumn.IN_FORCE), d)).build();
        return new Violation("cross-year.normative-documents", changed, p[0], List.of(
                ExpectedFinding.of("cross-year.normative-documents", "active_disclosure", "normative_documents", "in_force")),
                "normative_documents/in_force +" + d + " against last year's in_force + issued − abolished");
    }

    private static long value(BigDecimal v) {
        return v == null ? 0 : v.longValueExact();
    }

    static List<String> names() {
        return new ArrayList<>(ALL.keySet());
    }
}
