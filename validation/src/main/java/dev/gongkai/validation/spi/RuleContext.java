package dev.gongkai.validation.spi;

import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.StatTable;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Rule} sees while it runs: the report, the previous year's report of the same organ if
 * the caller gave one, the subordinate organs' reports in a batch with a hierarchy, the same organ's
 * other documents of the same year in a batch, the rule's
 * parameters, and a way to add findings. Not thread-safe; one context per rule and report.
 *
 * @since 0.1
 */
public interface RuleContext {

    /** The report being validated. */
    Report report();

    /** The previous year's report of the same organ, when the caller supplied one. */
    Optional<Report> previousYear();

    /**
     * The same year's reports of the organs under this report's organ, when a batch was given a
     * hierarchy that names this organ as a parent; empty otherwise.
     */
    List<Report> subordinates();

    /**
     * The other documents of a batch that are this report's organ's report of the same year (a page and
     * its attachment, a re-upload), with their names; empty outside a batch or when there are none.
     *
     * @since 0.2
     */
    default List<dev.gongkai.validation.NamedReport> duplicates() {
        return List.of();
    }

    /**
     * The value of one of the rule's declared parameters (configured, else its default).
     *
     * @throws IllegalArgumentException when the rule declares no such parameter
     */
    BigDecimal parameter(String name);

    /** Starts a finding with one of the rule's message keys at a location; {@link FindingBuilder#add()} adds it. */
    FindingBuilder finding(String messageKey, Location location);

    /** Builds one finding of the running rule. */
    interface FindingBuilder {
        /** The value the rule expected (e.g. a sum), or {@code null}. */
        FindingBuilder expected(BigDecimal expected);

        /** The value the document has, or {@code null}. */
        FindingBuilder actual(BigDecimal actual);

        /** The message arguments ({@code {0}}, {@code {1}} …). Numbers are shown exactly. */
        FindingBuilder arguments(Object... arguments);

        /** Where in the source the finding points, or {@code null}. */
        FindingBuilder span(SourceSpan span);

        /**
         * A cell the finding rests on: a term of the failing sum, or the cell checked. Call it for each.
         * When the reader could not read one of these cells with certainty ({@link dev.gongkai.model.Cell#isCertain()}
         * false), the report is not blamed: the finding is given as {@code reading.uncertain} instead, naming
         * those cells and the reader's problems (or dropped when that rule is turned off).
         *
         * @param table the table the cell is in (this report's, or the previous year's)
         * @param row its row code
         * @param column its column code
         * @since 0.2
         */
        FindingBuilder over(StatTable<?, ?> table, Code row, Code column);

        /** {@link #over} for every cell of a row of a table. @since 0.2 */
        FindingBuilder overRow(StatTable<?, ?> table, Code row);

        /** A severity other than the rule's default (configuration still overrides it). */
        FindingBuilder severity(Severity severity);

        /** Adds the finding. */
        void add();
    }
}
