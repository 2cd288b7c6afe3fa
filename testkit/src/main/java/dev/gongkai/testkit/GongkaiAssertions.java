package dev.gongkai.testkit;

import dev.gongkai.model.Report;
import java.util.List;
import java.util.function.Function;

/**
 * Entry point of the testkit's AssertJ assertions.
 *
 * <pre>{@code
 * import static dev.gongkai.testkit.GongkaiAssertions.assertThat;
 * assertThat(parsed).hasSameContentAs(expected);
 * }</pre>
 *
 * @since 0.1
 */
public final class GongkaiAssertions {

    private GongkaiAssertions() {}

    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /** Findings already in the testkit's form. */
    public static FindingsAssert assertThat(List<ExpectedFinding> actual) {
        return new FindingsAssert(actual);
    }

    /** Findings of any type, each adapted to an {@link ExpectedFinding} (rule and location codes). */
    public static <T> FindingsAssert assertThatFindings(List<T> findings, Function<? super T, ExpectedFinding> adapter) {
        return FindingsAssert.of(findings, adapter);
    }
}
