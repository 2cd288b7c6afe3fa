/**
 * Validation of reports: {@link dev.gongkai.validation.Validator} runs the rules of SPEC section 4 (and
 * any custom rule found with {@link java.util.ServiceLoader}) and returns
 * {@link dev.gongkai.validation.Finding}s, written as {@code gongkai.findings/1} by
 * {@link dev.gongkai.validation.FindingsJson}. API.
 *
 * <h2>Configuration</h2>
 * {@link dev.gongkai.validation.RuleConfig} turns rules off or on, re-grades them and sets their
 * parameters, in code or from a JSON file ({@link dev.gongkai.validation.RuleConfig#load}):
 *
 * <pre>{@code
 * {
 *   "rules": {
 *     "values.blank": "OFF",
 *     "structure.template": "WARNING",
 *     "batch.hierarchy-sum": "ON",
 *     "applications.balance": { "tolerance": 0 },
 *     "narrative.copied": { "severity": "WARNING", "threshold": 0.85, "shingle": 5 }
 *   }
 * }
 * }</pre>
 *
 * A rule's value is one of {@code OFF}, {@code ON}, {@code INFO}, {@code WARNING}, {@code ERROR} (a
 * severity also turns the rule on), or an object with an optional {@code severity} and the rule's
 * parameters (decimals). An unknown rule id, parameter, severity word or key, or a parameter value
 * out of range, is an {@link java.lang.IllegalArgumentException} naming it.
 *
 * <h2>Messages</h2>
 * {@link dev.gongkai.validation.Finding#message(java.util.Locale)} renders the text last, from
 * {@code dev/gongkai/validation/messages.properties} (English), {@code messages_zh.properties} (Chinese)
 * and an intentionally empty {@code messages_en.properties}.
 *
 * @since 0.1
 */
package dev.gongkai.validation;
