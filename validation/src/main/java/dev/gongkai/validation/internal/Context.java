package dev.gongkai.validation.internal;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.StatTable;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.RuleDescriptor;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link RuleContext} of one rule run on one report. */
public final class Context implements RuleContext {

    private final RuleDescriptor rule;
    private final Severity override;
    private final Map<String, BigDecimal> parameters;
    private final Report report;
    private final Report previous;
    private final List<Report> subordinates;
    private final List<NamedReport> duplicates;
    private final List<Finding> out;
    private final Severity uncertain;
    /** Whether the rule asked for anything of the batch: the previous year, subordinates or duplicates. */
    private boolean readBatch;

    /**
     * @param uncertain the severity of {@code reading.uncertain}, or {@code null} when that rule is off
     */
    public Context(RuleDescriptor rule, Severity override, Map<String, BigDecimal> parameters, Report report,
            Report previous, List<Report> subordinates, List<NamedReport> duplicates, List<Finding> out,
            Severity uncertain) {
        this.uncertain = uncertain;
        this.rule = rule;
        this.override = override;
        this.parameters = parameters;
        this.report = report;
        this.previous = previous;
        this.subordinates = List.copyOf(subordinates);
        this.duplicates = List.copyOf(duplicates);
        this.out = out;
    }

    @Override
    public Report report() {
        return report;
    }

    @Override
    public Optional<Report> previousYear() {
        readBatch = true;
        return Optional.ofNullable(previous);
    }

    @Override
    public List<Report> subordinates() {
        readBatch = true;
        return subordinates;
    }

    @Override
    public List<NamedReport> duplicates() {
        readBatch = true;
        return duplicates;
    }

    /**
     * Whether the rule asked for the previous year's report, the subordinates or the duplicates: a rule that
     * did not gives the same findings with or without them.
     */
    public boolean readBatch() {
        return readBatch;
    }

    @Override
    public BigDecimal parameter(String name) {
        BigDecimal v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException("rule " + rule.id() + " declares no parameter " + name);
        }
        return v;
    }

    @Override
    public FindingBuilder finding(String messageKey, Location location) {
        if (!rule.messageKeys().contains(messageKey)) {
            throw new IllegalArgumentException("rule " + rule.id() + " does not declare the message key " + messageKey);
        }
        return new Builder(messageKey, location);
    }

    private final class Builder implements FindingBuilder {
        private final String key;
        private final Location location;
        private BigDecimal expected;
        private BigDecimal actual;
        private Object[] arguments = new Object[0];
        private SourceSpan span;
        private Severity severity = rule.defaultSeverity();
        private List<Doubt> doubts;

        Builder(String key, Location location) {
            this.key = key;
            this.location = location;
        }

        @Override
        public FindingBuilder expected(BigDecimal v) {
            expected = v;
            return this;
        }

        @Override
        public FindingBuilder actual(BigDecimal v) {
            actual = v;
            return this;
        }

        @Override
        public FindingBuilder arguments(Object... args) {
            arguments = args.clone(); // the caller may reuse its array
            return this;
        }

        @Override
        public FindingBuilder span(SourceSpan s) {
            span = s;
            return this;
        }

        @Override
        public FindingBuilder over(StatTable<?, ?> table, Code row, Code column) {
            Cell c = cellOf(table, row, column);
            if (c != null && !c.isCertain()) {
                if (doubts == null) {
                    doubts = new ArrayList<>(2);
                }
                doubts.add(new Doubt(table.id(), row, column, c.uncertainty()));
            }
            return this;
        }

        @Override
        public FindingBuilder overRow(StatTable<?, ?> table, Code row) {
            for (Object column : rowOf(table, row).keySet()) {
                over(table, row, (Code) column);
            }
            return this;
        }

        @Override
        public FindingBuilder severity(Severity s) {
            severity = s;
            return this;
        }

        @Override
        public void add() {
            Object[] args = new Object[arguments.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments[i] == null ? "—" : arguments[i];
            }
            if (doubts == null) {
                out.add(new Finding(rule.id(), override != null ? override : severity, location, expected, actual, key,
                        List.of(args), span));
            } else if (uncertain != null) {
                out.add(Doubt.finding(rule.id(), doubts, uncertain, location, expected, actual, span));
            }
        }
    }

    /** The cell in a slot, or {@code null} when the table has no such slot. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Cell cellOf(StatTable table, Code row, Code column) {
        return table.has((Enum) row, (Enum) column) ? table.cell((Enum) row, (Enum) column) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<?, Cell> rowOf(StatTable table, Code row) {
        return table.row((Enum) row);
    }
}
