package dev.gongkai.testkit;

/**
 * Entry point of the testkit: seeded report generators, rule-breaking mutations and minimisation for
 * property-based tests of anything that reads, writes or checks annual reports.
 *
 * <pre>{@code
 * for (Report r : Reports.generator().stream(0, 1000).toList()) {
 *     assertThat(myValidator.validate(r)).isEmpty();
 * }
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
}
