package dev.gongkai.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a {@code @ParameterizedTest} with generated reports, one invocation per seed; each
 * invocation's display name starts with its seed ({@code seed=1042 2021 樟树市…}), so a failure names
 * the seed to replay. Parameters are filled by type: {@link dev.gongkai.model.Report} (the report),
 * {@code long} (the seed), {@link ReportPair} (two consecutive years).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ReportSource(count = 500, seed = 1000, edition = EditionChoice.E2021)
 * void parsesBack(Report report) { ... }
 * }</pre>
 *
 * <p>System properties: {@code -Dgongkai.testkit.seed=1042} runs that one seed only (replay);
 * {@code -Dgongkai.testkit.count=100000} overrides every count; {@code -Dgongkai.testkit.multiplier=20}
 * multiplies them (nightly runs).
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ReportArgumentsProvider.class)
public @interface ReportSource {

    /** How many seeds: {@code seed}, {@code seed + 1}, … */
    int count() default 100;

    /** The first seed. */
    long seed() default 0;

    /** The edition of the reports. */
    EditionChoice edition() default EditionChoice.ANY;

    /** Leave some zero cells blank ({@link ReportGenerator#withBlanks()}). */
    boolean blanks() default false;

    /** 2021 reports with （六）其他处理 as one row ({@link ReportGenerator#withCollapsedOtherRow()}). */
    boolean collapsedOtherRow() default false;

    /** The magnitude profile. */
    Magnitudes magnitudes() default Magnitudes.REALISTIC;
}
