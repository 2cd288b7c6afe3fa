package dev.gongkai.validation;

import dev.gongkai.model.Report;
import dev.gongkai.validation.internal.Context;
import dev.gongkai.validation.internal.Doubt;
import dev.gongkai.validation.internal.FindingOrder;
import dev.gongkai.validation.internal.RuleRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the configured rules on reports. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = Validator.defaults().validate(report);
 * for (Finding f : findings) System.out.println(f.toLine(Locale.CHINESE));
 * }</pre>
 *
 * Findings come in the order of {@link #ORDER}. A rule that fails with an exception does not stop the
 * others: it yields one {@code rule.failed} ERROR finding naming it.
 *
 * @since 0.1
 */
public final class Validator {

    /** The published order of findings: document-level first, then by table, row and column in template order. */
    public static final java.util.Comparator<Finding> ORDER = FindingOrder.ORDER;

    private record Active(RuleRegistry.Entry entry, Severity severity, Map<String, java.math.BigDecimal> parameters) {}

    private final List<Active> rules;
    private final List<RuleDescriptor> descriptors;
    /** The severity of {@code reading.uncertain}, or {@code null} when it is turned off. */
    private final Severity uncertain;

    private Validator(RuleConfig config) {
        Map<String, RuleRegistry.Entry> installed = RuleRegistry.installed();
        for (String id : config.configuredRules()) {
            RuleRegistry.require(installed, id);
        }
        List<Active> a = new ArrayList<>();
        List<RuleDescriptor> d = new ArrayList<>();
        for (RuleRegistry.Entry e : installed.values()) {
            d.add(e.descriptor());
            if (config.enabled(e.descriptor())) {
                a.add(new Active(e, config.severity(e.descriptor().id()), config.parameters(e.descriptor())));
            }
        }
        this.rules = List.copyOf(a);
        this.descriptors = List.copyOf(d);
        Severity u = null;
        for (Active r : rules) {
            if (r.entry().descriptor().id().equals(Doubt.RULE)) {
                u = r.severity() != null ? r.severity() : r.entry().descriptor().defaultSeverity();
            }
        }
        this.uncertain = u;
    }

    /** A validator with every installed rule at its defaults. */
    public static Validator defaults() {
        return new Validator(RuleConfig.defaults());
    }

    /** A validator with a configuration. */
    public static Validator of(RuleConfig config) {
        return new Validator(Objects.requireNonNull(config, "config"));
    }

    /** Every installed rule (built-in and custom), by id, whether enabled or not. */
    public List<RuleDescriptor> rules() {
        return descriptors;
    }

    /** The ids of the rules this validator runs. */
    public Set<String> enabledRules() {
        Set<String> s = new java.util.LinkedHashSet<>();
        rules.forEach(r -> s.add(r.entry().descriptor().id()));
        return s;
    }

    /** Validates one report; the cross-year rules do not run. */
    public List<Finding> validate(Report report) {
        return run(report, null, List.of());
    }

    /**
     * Validates a report against the previous year's report of the same organ (cross-year rules).
     *
     * @param previousYear the previous year's report, or {@code null}
     */
    public List<Finding> validate(Report report, Report previousYear) {
        return run(report, previousYear, List.of());
    }

    /**
     * Validates many reports. Each report's previous year is the report among the inputs with the same
     * organ and the year before; reports without organ or year get no cross-year check.
     *
     * @return the findings of each report, in the order of the inputs
     */
    public List<List<Finding>> validateAll(List<Report> reports) {
        return validateAll(reports, Map.of());
    }

    /**
     * Validates many reports, with a hierarchy of organs for {@code batch.hierarchy-sum} (opt-in): for
     * each parent organ, the organs whose reports add up to the parent's table 三 in the same year.
     *
     * @param hierarchy parent organ → its subordinate organs
     */
    public List<List<Finding>> validateAll(List<Report> reports, Map<String, ? extends Collection<String>> hierarchy) {
        List<List<Finding>> out = new ArrayList<>();
        for (Report r : reports) {
            Report previous = null;
            List<Report> subs = new ArrayList<>();
            if (r.organ() != null && r.year() != null) {
                for (Report o : reports) {
                    if (o != r && r.organ().equals(o.organ()) && o.year() != null && o.year() == r.year() - 1
                            && previous == null) {
                        previous = o;
                    }
                }
                Collection<String> children = hierarchy.get(r.organ());
                if (children != null) {
                    for (Report o : reports) {
                        if (o != r && o.organ() != null && children.contains(o.organ()) && r.year().equals(o.year())) {
                            subs.add(o);
                        }
                    }
                }
            }
            out.add(run(r, previous, subs));
        }
        return out;
    }

    private List<Finding> run(Report report, Report previous, List<Report> subordinates) {
        Objects.requireNonNull(report, "report");
        List<Finding> out = new ArrayList<>();
        for (Active a : rules) {
            RuleDescriptor d = a.entry().descriptor();
            List<Finding> mine = new ArrayList<>();
            try {
                a.entry().rule().check(new Context(d, a.severity(), a.parameters(), report, previous, subordinates, mine, uncertain));
                out.addAll(mine);
            } catch (RuntimeException e) {
                out.add(new Finding("rule.failed", Severity.ERROR, Location.DOCUMENT, null, null, "rule.failed",
                        List.of(d.id(), String.valueOf(e)), null));
            }
        }
        FindingOrder.sort(out);
        return List.copyOf(out);
    }
}
