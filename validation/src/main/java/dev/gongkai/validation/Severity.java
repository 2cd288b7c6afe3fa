package dev.gongkai.validation;

/**
 * How serious a finding is. Declared from the most to the least serious.
 *
 * @since 0.1
 */
public enum Severity {
    /** The report is wrong. */
    ERROR,
    /** The report is very likely wrong or incomplete. */
    WARNING,
    /** Worth knowing; not a fault. */
    INFO
}
