package dev.gongkai.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the findings of any validator, adapted to {@link ExpectedFinding} (rule id and
 * location codes) by a function, so the testkit needs no dependency on the validator. Start with
 * {@link GongkaiAssertions#assertThatFindings(List, Function)}.
 *
 * <pre>{@code
 * Violation v = Reports.violating("applications.balance", seed);
 * List<Finding> found = Validator.defaults().validate(v.report());
 * assertThatFindings(found, f -> new ExpectedFinding(f.rule(), f.location().table(), f.location().row(),
 *         f.location().column(), f.location().section()))
 *     .ofRule(v.rule()).containsExactlyInAnyOrder(v.findings());
 * }</pre>
 *
 * @since 0.1
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<ExpectedFinding>> {

    FindingsAssert(List<ExpectedFinding> actual) {
        super(actual, FindingsAssert.class);
    }

    static <T> FindingsAssert of(List<T> findings, Function<? super T, ExpectedFinding> adapter) {
        List<ExpectedFinding> out = new ArrayList<>();
        for (T f : findings) {
            out.add(adapter.apply(f));
        }
        return new FindingsAssert(out);
    }

    /** Narrows to the findings of one rule (a new assertion). */
    public FindingsAssert ofRule(String rule) {
        isNotNull();
        return new FindingsAssert(actual.stream().filter(f -> f.rule().equals(rule)).toList());
    }

    /** Exactly these findings, in any order, nothing more (compares rule and every location part). */
    public FindingsAssert containsExactlyInAnyOrder(List<ExpectedFinding> expected) {
        isNotNull();
        List<ExpectedFinding> missing = new ArrayList<>(expected);
        List<ExpectedFinding> unexpected = new ArrayList<>();
        for (ExpectedFinding f : actual) {
            if (!missing.remove(f)) {
                unexpected.add(f);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("Findings differ.%n  missing:    %s%n  unexpected: %s%n  all found:  %s", missing, unexpected, actual);
        }
        return this;
    }

    /** Every expected finding is there (others may be too). */
    public FindingsAssert includes(List<ExpectedFinding> expected) {
        isNotNull();
        List<ExpectedFinding> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        if (!missing.isEmpty()) {
            failWithMessage("Missing findings %s among %s", missing, actual);
        }
        return this;
    }

    /** No finding of this rule. */
    public FindingsAssert hasNoneOf(String rule) {
        isNotNull();
        List<ExpectedFinding> found = actual.stream().filter(f -> f.rule().equals(rule)).toList();
        if (!found.isEmpty()) {
            failWithMessage("Expected no %s finding but found %s", rule, found);
        }
        return this;
    }

    /** Every finding is of this rule. */
    public FindingsAssert allOfRule(String rule) {
        isNotNull();
        List<ExpectedFinding> other = actual.stream().filter(f -> !f.rule().equals(rule)).toList();
        if (!other.isEmpty()) {
            failWithMessage("Expected only %s findings but also found %s", rule, other);
        }
        return this;
    }
}
