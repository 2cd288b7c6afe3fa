/**
 * gongkai validation: the rules of SPEC section 4, the engine that runs them, their configuration,
 * localized messages and the findings JSON ({@code gongkai.findings/1}). Custom rules are found with
 * {@link java.util.ServiceLoader} through {@link dev.gongkai.validation.spi.Rule}.
 */
module dev.gongkai.validation {
    requires transitive dev.gongkai.core;

    exports dev.gongkai.validation;
    exports dev.gongkai.validation.spi;

    uses dev.gongkai.validation.spi.Rule;
}
