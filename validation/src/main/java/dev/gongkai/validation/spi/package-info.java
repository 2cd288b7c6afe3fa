/**
 * The service-provider interface for validation rules: implement {@link dev.gongkai.validation.spi.Rule},
 * declare it with {@link dev.gongkai.validation.spi.RuleDefinition} and register it with
 * {@link java.util.ServiceLoader}. API.
 *
 * @since 0.1
 */
package dev.gongkai.validation.spi;
