/**
 * The machinery of {@code gongkai check}: walking the inputs, the bounded pool that parses and validates
 * them, the second pass by organ and year (cross-year rules, duplicates), and the outputs (canonical JSON,
 * findings.jsonl, summary.csv, report.html). Not API: used by the command line only.
 */
package dev.gongkai.cli.check;
