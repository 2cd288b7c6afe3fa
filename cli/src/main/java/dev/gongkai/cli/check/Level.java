package dev.gongkai.cli.check;

/** The severities of findings, most serious first (the names are those of SPEC section 4). */
public enum Level {
    ERROR,
    WARNING,
    INFO
}
