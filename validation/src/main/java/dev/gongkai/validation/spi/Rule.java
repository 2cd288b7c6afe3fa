package dev.gongkai.validation.spi;

/**
 * One validation rule. The class that implements it carries its metadata in a {@link RuleDefinition}
 * annotation (id, default severity, summary, {@code since}, message keys, parameters). A rule is
 * stateless and thread-safe: everything it needs comes from the {@link RuleContext}.
 *
 * <p>Custom rules are registered with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.gongkai.validation.spi.Rule} (class path) or
 * {@code provides dev.gongkai.validation.spi.Rule with …} (module path). A public no-argument
 * constructor is required. Their messages come from the bundle named by
 * {@link RuleDefinition#bundle()}.
 *
 * @since 0.1
 */
public interface Rule {

    /** Checks the context's report and adds findings to the context. */
    void check(RuleContext context);
}
