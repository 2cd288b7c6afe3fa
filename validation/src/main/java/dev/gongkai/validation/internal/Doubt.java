package dev.gongkai.validation.internal;

import dev.gongkai.model.Code;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.model.TableId;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** A cell a finding rests on that the reader could not read with certainty. */
public record Doubt(TableId table, Code row, Code column, String problem) {

    /** The rule id of findings that the reader's doubt stands in for. */
    public static final String RULE = "reading.uncertain";

    /**
     * The {@code reading.uncertain} finding given instead of a rule's finding that rests on uncertain
     * cells: same location and values, naming the rule, the cells and the reader's problems.
     */
    public static Finding finding(String rule, List<Doubt> doubts, Severity severity, Location location,
            BigDecimal expected, BigDecimal actual, SourceSpan span) {
        StringJoiner cells = new StringJoiner("; ");
        Set<String> problems = new LinkedHashSet<>();
        for (Doubt d : doubts) {
            cells.add("表" + d.table.section().numeral() + " " + d.row.label() + " / " + d.column.label());
            problems.add(d.problem);
        }
        return new Finding(RULE, severity, location, expected, actual, RULE,
                List.of(rule, cells.toString(), String.join(", ", problems)), span);
    }
}
