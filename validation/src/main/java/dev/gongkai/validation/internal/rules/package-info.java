/**
 * The built-in rules of SPEC section 4, one class each. Not API: the rule ids are; see
 * {@link dev.gongkai.validation.Validator#rules()}.
 */
package dev.gongkai.validation.internal.rules;
