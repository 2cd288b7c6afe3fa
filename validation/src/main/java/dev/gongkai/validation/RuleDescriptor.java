package dev.gongkai.validation;

import dev.gongkai.validation.internal.Messages;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a rule declares about itself (from its {@link RuleDefinition}).
 *
 * @param id the public rule id
 * @param defaultSeverity the severity unless configured
 * @param since the version that introduced it
 * @param messageKeys the message keys its findings use
 * @param parameters its parameters and their defaults, in declared order
 * @param enabledByDefault false for opt-in rules
 * @param builtIn true for the rules that ship with gongkai
 * @since 0.1
 */
public record RuleDescriptor(
        String id,
        Severity defaultSeverity,
        String since,
        List<String> messageKeys,
        Map<String, BigDecimal> parameters,
        boolean enabledByDefault,
        boolean builtIn) {

    public RuleDescriptor {
        messageKeys = List.copyOf(messageKeys);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The descriptor of a rule class.
     *
     * @throws IllegalArgumentException when the class has no {@link RuleDefinition}
     */
    public static RuleDescriptor of(Class<? extends Rule> type) {
        RuleDefinition d = type.getAnnotation(RuleDefinition.class);
        if (d == null) {
            throw new IllegalArgumentException(type.getName() + " has no @RuleDefinition");
        }
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        for (RuleParameter rp : d.parameters()) {
            p.put(rp.name(), new BigDecimal(rp.defaultValue()));
        }
        boolean builtIn = type.getName().startsWith("dev.gongkai.validation.internal.");
        return new RuleDescriptor(d.id(), d.severity(), d.since(), List.of(d.messages()), p, d.enabledByDefault(), builtIn);
    }

    /** The rule's summary in a language (bundle key {@code <id>.summary}). */
    public String summary(Locale locale) {
        String s = Messages.pattern(id, id + ".summary", locale);
        return s == null ? id : s;
    }

    @Override
    public String toString() {
        return id + " (" + defaultSeverity + (enabledByDefault ? "" : ", opt-in") + ", since " + since + ")";
    }
}
