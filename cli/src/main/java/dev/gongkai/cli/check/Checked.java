package dev.gongkai.cli.check;

import java.util.List;

/**
 * The findings of one document: as issues for the outputs, and as its {@code gongkai.findings/1}
 * object on one line for findings.jsonl.
 *
 * @param issues the findings, in the validator's order
 * @param findingsJson the SPEC section 7 object, one line
 */
public record Checked(List<Issue> issues, String findingsJson) {
    public Checked {
        issues = List.copyOf(issues);
        if (findingsJson.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("findings JSON must be one line");
        }
    }
}
