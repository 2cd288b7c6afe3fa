package dev.gongkai.validation.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One parameter of a rule. Values are decimals: a value that does not parse as a decimal, or lies
 * outside {@link #min()}..{@link #max()}, is rejected when configured.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleParameter {

    /** The parameter name, e.g. {@code tolerance}. */
    String name();

    /** The default value, as a decimal. */
    String defaultValue();

    /** The smallest value allowed. */
    String min() default "0";

    /** The largest value allowed; empty for none. */
    String max() default "";

    /** What the parameter does, in English. */
    String description();
}
