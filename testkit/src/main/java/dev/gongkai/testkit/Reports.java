package dev.gongkai.testkit;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.internal.Minimiser;
import dev.gongkai.testkit.internal.Mutations;
import java.util.List;
import java.util.function.Predicate;

/**
 * Entry point of the testkit: seeded report generators, rule-breaking mutations and minimisation for
 * property-based tests of anything that reads, writes or checks annual reports.
 *
 * <pre>{@code
 * for (Report r : Reports.generator().stream(0, 1000).toList()) {
 *     assertThat(myValidator.validate(r)).isEmpty();
 * }
 * Violation v = Reports.violating("applications.balance", 7);
 * // v.report() breaks the balance in two columns; v.findings() names them
 * }</pre>
 *
 * @since 0.1
 */
public final class Reports {

    private Reports() {}

    /** A generator of consistent reports of either edition, realistic magnitudes, no blanks. */
    public static ReportGenerator generator() {
        return new ReportGenerator(null, false, false, Magnitudes.REALISTIC);
    }

    /**
     * A report breaking exactly one rule of SPEC §4 (seed 0), with the findings that rule must produce.
     *
     * @throws IllegalArgumentException for a rule no mutation exists for (see {@link #violatingRules()})
     */
    public static Violation violating(String ruleId) {
        return violating(ruleId, 0);
    }

    /**
     * A report breaking exactly one rule, drawn from a seed. What each rule's mutation changes:
     *
     * <ul>
     *   <li>{@code applications.balance}: carried_forward of one applicant column and of total +d (row
     *       sum kept) → findings in that column and in {@code total};
     *   <li>{@code applications.outcomes-sum}: one outcome row's cell in one column and in total +d →
     *       findings (total_handled, column) and (total_handled, total);
     *   <li>{@code applications.applicant-sum}: new_received and carried_forward of one column +d (balance
     *       kept) → findings (new_received, total) and (carried_forward, total);
     *   <li>{@code review-litigation.sum}: one part of one group +d → (group, total);
     *   <li>{@code values.non-negative} / {@code values.integer} / {@code values.blank}: one
     *       licensing/penalty/coercion decisions cell made negative / made x.5 / blanked → that cell;
     *   <li>{@code structure.sections}: section 五 or 六 removed → the section;
     *   <li>{@code structure.edition-year}: the year (title, prose, date with it) moved outside the
     *       edition's years → no location;
     *   <li>{@code structure.template}: edition 2021 with （六）其他处理 as one row → (applications, other);
     *   <li>{@code metadata.year}: year, date and every year in title and prose removed → no location;
     *   <li>{@code narrative.applications}: the overview states new + carried over + d applications →
     *       (applications, new_received, total, §overview);
     *   <li>{@code narrative.review-litigation}: the overview states review total + d reviews →
     *       (review_litigation, review, total, §overview);
     *   <li>{@code cross-year.carry-over}: a pair; this year's carried_over and carried_forward of one
     *       column and of total +d (this year consistent) → (carried_over, column), (carried_over, total);
     *   <li>{@code cross-year.normative-documents}: a pair on edition 2021; this year's
     *       normative_documents in_force +d → that cell.
     * </ul>
     *
     * <p>The prose is rewritten from the changed tables, so no narrative rule fires by accident.
     */
    public static Violation violating(String ruleId, long seed) {
        return Mutations.violating(ruleId, seed);
    }

    /** The rule ids {@link #violating(String, long)} can break. */
    public static List<String> violatingRules() {
        return Mutations.rules();
    }

    /**
     * A smaller report that still fails: section texts emptied, metadata dropped, rows dropped (cells
     * missing), cells zeroed, blanked or shrunk — each step kept only while {@code fails} still holds.
     * A predicate that throws counts as not failing.
     *
     * @param fails true when a report shows the failure being minimised
     * @throws IllegalArgumentException when the report does not fail to begin with
     */
    public static Report minimise(Report report, Predicate<Report> fails) {
        return Minimiser.minimise(report, fails);
    }
}
