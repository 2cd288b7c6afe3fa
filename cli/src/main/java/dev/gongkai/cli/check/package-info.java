/**
 * The machinery of {@code gongkai check}: walking the inputs, the bounded pool that parses and validates
 * them, the cross-year pass by organ, and the outputs (canonical JSON, findings.jsonl, summary.csv,
 * report.html). Not API: used by the command line only.
 */
package dev.gongkai.cli.check;
