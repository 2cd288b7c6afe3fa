package dev.gongkai.testkit;

import dev.gongkai.model.Report;
import java.util.Objects;

/**
 * Two reports of one organ for consecutive years, for the {@code cross-year.*} rules.
 *
 * @param previous last year's report
 * @param current this year's report
 * @since 0.1
 */
public record ReportPair(Report previous, Report current) {
    public ReportPair {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
    }
}
