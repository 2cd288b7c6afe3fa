package dev.gongkai.validation.internal;

import dev.gongkai.validation.RuleDescriptor;
import dev.gongkai.validation.internal.rules.BuiltInRules;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleDefinition;
import dev.gongkai.validation.spi.RuleParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The rules installed: the built-in ones and those found with {@link ServiceLoader}. */
public final class RuleRegistry {

    /** One installed rule. */
    public record Entry(Rule rule, RuleDescriptor descriptor, RuleParameter[] parameters) {

        /** Checks a parameter value; returns it parsed. */
        public BigDecimal checkParameter(String name, String value) {
            for (RuleParameter p : parameters) {
                if (p.name().equals(name)) {
                    BigDecimal v;
                    try {
                        v = new BigDecimal(value.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("parameter " + name + " of rule " + descriptor.id()
                                + ": not a decimal: " + value);
                    }
                    if (v.compareTo(new BigDecimal(p.min())) < 0
                            || (!p.max().isEmpty() && v.compareTo(new BigDecimal(p.max())) > 0)) {
                        throw new IllegalArgumentException("parameter " + name + " of rule " + descriptor.id()
                                + ": " + value + " is outside " + p.min() + ".." + (p.max().isEmpty() ? "" : p.max()));
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("rule " + descriptor.id() + " has no parameter " + name
                    + (parameters.length == 0 ? "" : "; it has " + descriptor.parameters().keySet()));
        }
    }

    private RuleRegistry() {}

    /** Every installed rule by id, sorted by id. */
    public static Map<String, Entry> installed() {
        List<Rule> rules = new ArrayList<>(BuiltInRules.all());
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        ServiceLoader.load(Rule.class, cl == null ? RuleRegistry.class.getClassLoader() : cl).forEach(rules::add);
        if (RuleRegistry.class.getModule().isNamed()) {
            ServiceLoader.load(RuleRegistry.class.getModule().getLayer(), Rule.class).forEach(rules::add);
        }
        rules.sort(Comparator.comparing(r -> RuleDescriptor.of(r.getClass()).id()));
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Rule r : rules) {
            RuleDescriptor d = RuleDescriptor.of(r.getClass());
            Entry old = out.get(d.id());
            if (old != null) {
                if (old.rule().getClass() == r.getClass()) {
                    continue;
                }
                throw new IllegalStateException("two rules with the id " + d.id() + ": "
                        + old.rule().getClass().getName() + " and " + r.getClass().getName());
            }
            RuleDefinition def = r.getClass().getAnnotation(RuleDefinition.class);
            Messages.register(d.id(), def.bundle(), r.getClass());
            out.put(d.id(), new Entry(r, d, def.parameters()));
        }
        return out;
    }

    /** The installed rule of an id, or an error naming the id. */
    public static Entry require(Map<String, Entry> installed, String id) {
        Entry e = installed.get(id);
        if (e == null) {
            throw new IllegalArgumentException("unknown rule id: " + id);
        }
        return e;
    }
}
