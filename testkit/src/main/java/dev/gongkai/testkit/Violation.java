package dev.gongkai.testkit;

import dev.gongkai.model.Report;
import java.util.List;
import java.util.Objects;

/**
 * A report made to break exactly one rule of SPEC §4, with the findings a validator must produce on
 * it (and no others, apart from what the rule's own definition implies).
 *
 * @param rule the rule broken
 * @param report the report to validate (this year's, for the cross-year rules)
 * @param previous last year's report of the same organ for the {@code cross-year.*} rules, else null
 * @param findings the findings the rule must produce, one per failing column, row or group
 * @param description what was changed, for failure messages
 * @since 0.1
 */
public record Violation(String rule, Report report, Report previous, List<ExpectedFinding> findings, String description) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(report, "report");
        findings = List.copyOf(findings);
    }

    /** True for the cross-year rules, which need {@link #previous()}. */
    public boolean isPair() {
        return previous != null;
    }
}
