package dev.gongkai.validation.spi;

import dev.gongkai.validation.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Rule}: its public id, default severity, English summary, version and the message
 * keys it uses. The summary in other languages is the bundle key {@code <id>.summary}.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {

    /** The rule id, e.g. {@code applications.balance}. Public API: never renamed. */
    String id();

    /** The severity of the rule's findings unless configured otherwise. */
    Severity severity();

    /** What the rule checks, in English, one sentence. */
    String summary();

    /** The version that introduced the rule. */
    String since();

    /** The message keys the rule's findings use; each must resolve in every bundle. */
    String[] messages();

    /** The parameters the rule takes, with their defaults. */
    RuleParameter[] parameters() default {};

    /** False for rules that run only when configured on (opt-in). */
    boolean enabledByDefault() default true;

    /**
     * The base name of the resource bundle holding the rule's messages and summary; empty for the
     * built-in bundle {@code dev.gongkai.validation.messages}. Custom rules name their own.
     */
    String bundle() default "";
}
