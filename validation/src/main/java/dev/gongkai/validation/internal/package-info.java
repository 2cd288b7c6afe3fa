/**
 * The validation engine's internals: the rule registry, the rule context, message rendering, the
 * order of findings and the configuration reader. Not API: please don't depend on the classes here.
 */
package dev.gongkai.validation.internal;
