package dev.gongkai.validation;

import dev.gongkai.model.Report;
import java.util.Objects;

/**
 * A report of a batch with the name findings use for it (its source path, or its place among the inputs).
 *
 * @param name how findings about other documents name this one, e.g. {@code reports/2023/樟树市.pdf}
 * @param report the report
 * @since 0.2
 */
public record NamedReport(String name, Report report) {
    public NamedReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
    }
}
