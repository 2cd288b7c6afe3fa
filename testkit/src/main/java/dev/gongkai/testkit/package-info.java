/**
 * The gongkai testkit (API): seeded generators of consistent reports ({@link dev.gongkai.testkit.Reports}),
 * rule-breaking mutations with the findings they must produce, minimisation, a JUnit
 * {@code @ReportSource} and AssertJ assertions. Add it with test scope.
 */
package dev.gongkai.testkit;
