package dev.gongkai.spi;

import dev.gongkai.model.Report;
import java.util.List;
import java.util.Objects;

/**
 * What a parse gives: the report and the problems met on the way.
 *
 * @param report the report
 * @param problems recoverable oddities, in document order
 * @param parser the name of the parser that read it
 * @since 0.1
 */
public record ParseResult(Report report, List<Problem> problems, String parser) {
    public ParseResult {
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
    }
}
