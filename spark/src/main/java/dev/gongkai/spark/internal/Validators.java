package dev.gongkai.spark.internal;

import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Validator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One validator per rule configuration per JVM (an executor builds it once, from the configuration's JSON). */
public final class Validators {

    private static final Map<String, Validator> BY_CONFIG = new ConcurrentHashMap<>();

    private Validators() {}

    /**
     * The validator of a configuration.
     *
     * @param config the configuration's JSON, or "" for the defaults
     * @throws IllegalArgumentException when the configuration is not valid
     */
    public static Validator of(String config) {
        return BY_CONFIG.computeIfAbsent(config, c -> c.isBlank() ? Validator.defaults() : Validator.of(RuleConfig.parse(c)));
    }
}
