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
        return run(report, null, List.of(), List.of());
    }

    /**
     * Validates a report against the previous year's report of the same organ (cross-year rules).
     *
     * @param previousYear the previous year's report, or {@code null}
     */
    public List<Finding> validate(Report report, Report previousYear) {
        return run(report, previousYear, List.of(), List.of());
    }

    /**
     * Validates a report given what a batch holds of its organ: the previous year's report (cross-year
     * rules) and the other documents of the same organ and year ({@code batch.duplicate}).
     *
     * @param previousYear the previous year's report, or {@code null}
     * @param duplicates the same organ's other reports of the same year, with their names
     * @since 0.2
     */
    public List<Finding> validate(Report report, Report previousYear, List<NamedReport> duplicates) {
        return run(report, previousYear, List.of(), duplicates);
    }

    /**
     * Only the findings that the batch adds to {@link #validate(Report)}: those of
     * {@link #validate(Report, Report, List)} that the report alone does not give (cross-year findings,
     * {@code batch.duplicate}, and {@code reading.uncertain} standing in for either). For a batch that
     * validates each report alone first and keeps little of it for a second pass: the reports given here
     * may hold only the cells those rules read.
     *
     * @since 0.2
     */
    public List<Finding> batchFindings(Report report, Report previousYear, List<NamedReport> duplicates) {
        return batchFindings(report, previousYear, duplicates, List.of());
    }

    /**
     * {@link #batchFindings(Report, Report, List)} with the subordinates of the report's organ for
     * {@code batch.hierarchy-sum}: the same year's reports of the organs an {@link OrganHierarchy} puts under
     * it, one per organ ({@link SubordinateIndex} picks them). Only the rules that read the previous year,
     * the duplicates or the subordinates run a second time (alone, to leave out what the report gives
     * without them); the others' findings are the report's own and are not repeated.
     *
     * @param subordinates the subordinate organs' reports of the same year, one per organ
     * @since 0.3
     */
    public List<Finding> batchFindings(Report report, Report previousYear, List<NamedReport> duplicates,
            List<Report> subordinates) {
        Objects.requireNonNull(report, "report");
        if (previousYear == null && duplicates.isEmpty() && subordinates.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Active a : rules) {
            List<Finding> mine = new ArrayList<>();
            if (!run(a, report, previousYear, subordinates, duplicates, mine)) {
                continue;
            }
            List<Finding> alone = new ArrayList<>();
            run(a, report, null, List.of(), List.of(), alone);
            for (Finding f : mine) {
                if (!alone.remove(f)) {
                    out.add(f);
                }
            }
        }
        FindingOrder.sort(out);
        return List.copyOf(out);
    }

    /**
     * The reports of a batch that a hierarchy puts under report {@code i}'s organ in the same year, one per
     * subordinate organ (the first in the list of a subordinate's copies), matched by organ key over the
     * batch's and the hierarchy's names together ({@link OrganHierarchy#organs}).
     *
     * @param organs the organ of each report of the batch, as written (null allowed)
     * @param years the year of each report (null allowed)
     * @param i the report whose subordinates are wanted
     * @param hierarchy the hierarchy
     * @return the indexes of the subordinates' reports, in the order of the batch
     * @see SubordinateIndex for many reports of one batch (this makes the index anew each call)
     * @since 0.3
     */
    public static List<Integer> subordinates(List<String> organs, List<Integer> years, int i, OrganHierarchy hierarchy) {
        return SubordinateIndex.of(hierarchy, organs, years).list(i);
    }

    /**
     * Validates many reports as a batch ({@link #validateBatch(List)}), naming them {@code #1}, {@code #2} …
     * in the order of the inputs.
     *
     * @return the findings of each report, in the order of the inputs
     */
    public List<List<Finding>> validateAll(List<Report> reports) {
        return validateAll(reports, Map.of());
    }

    /**
     * {@link #validateAll(List)} with a hierarchy of organs for {@code batch.hierarchy-sum} (opt-in): for
     * each parent organ, the organs whose reports add up to the parent's table 三 in the same year.
     *
     * @param hierarchy parent organ → its subordinate organs (names as the reports write them)
     */
    public List<List<Finding>> validateAll(List<Report> reports, Map<String, ? extends Collection<String>> hierarchy) {
        List<NamedReport> named = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            named.add(new NamedReport("#" + (i + 1), reports.get(i)));
        }
        return validateBatch(named, hierarchy);
    }

    /**
     * Validates the reports of a batch. They meet as {@link BatchPairing} says: each report is checked
     * against the report of its organ ({@link Organs}: 洪泽区人民政府 is 淮安市洪泽区人民政府 when the batch leaves
     * no doubt) of the year before, if any; two or more reports of one organ and one year are
     * {@code batch.duplicate} and never each other's previous year. Reports without a year or a plausible
     * organ name, or whose year or organ the reader could not read with certainty
     * ({@code DocumentStructure.metadataUncertain}), are validated alone.
     *
     * @return the findings of each report, in the order of the inputs
     * @since 0.2
     */
    public List<List<Finding>> validateBatch(List<NamedReport> reports) {
        return validateBatch(reports, Map.of());
    }

    /**
     * {@link #validateBatch(List)} with a hierarchy of organs for {@code batch.hierarchy-sum} (opt-in).
     *
     * @param hierarchy parent organ → its subordinate organs, matched by organ key ({@link OrganKey}: with or
     *     without 人民政府, spacing, full-width), one report per subordinate organ and year
     * @since 0.2
     */
    public List<List<Finding>> validateBatch(List<NamedReport> reports, Map<String, ? extends Collection<String>> hierarchy) {
        List<String> organs = new ArrayList<>(reports.size());
        List<Integer> years = new ArrayList<>(reports.size());
        for (NamedReport n : reports) {
            // a year or organ recognised by OCR and not confirmed pairs with nothing (reading.uncertain says so)
            boolean certain = n.report().structure().metadataCertain();
            organs.add(certain ? n.report().organ() : null);
            years.add(certain ? n.report().year() : null);
        }
        BatchPairing pairing = BatchPairing.of(organs, years);
        SubordinateIndex subordinates = SubordinateIndex.of(OrganHierarchy.of(hierarchy), organs, years);
        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i).report();
            int p = pairing.previous(i);
            List<NamedReport> dups = new ArrayList<>();
            for (int d : pairing.duplicates(i)) {
                dups.add(reports.get(d));
            }
            List<Report> subs = new ArrayList<>();
            for (int s : subordinates.of(i)) {
                subs.add(reports.get(s).report());
            }
            out.add(run(r, p < 0 ? null : reports.get(p).report(), subs, dups));
        }
        return out;
    }

    private List<Finding> run(Report report, Report previous, List<Report> subordinates, List<NamedReport> duplicates) {
        Objects.requireNonNull(report, "report");
        List<Finding> out = new ArrayList<>();
        for (Active a : rules) {
            run(a, report, previous, subordinates, duplicates, out);
        }
        FindingOrder.sort(out);
        return List.copyOf(out);
    }

    /** Runs one rule, adding its findings to {@code out}; whether it read the previous year, subordinates or duplicates. */
    private boolean run(Active a, Report report, Report previous, List<Report> subordinates, List<NamedReport> duplicates,
            List<Finding> out) {
        RuleDescriptor d = a.entry().descriptor();
        List<Finding> mine = new ArrayList<>();
        Context c = new Context(d, a.severity(), a.parameters(), report, previous, subordinates, duplicates, mine, uncertain);
        try {
            a.entry().rule().check(c);
            out.addAll(mine);
        } catch (RuntimeException e) {
            out.add(new Finding("rule.failed", Severity.ERROR, Location.DOCUMENT, null, null, "rule.failed",
                    List.of(d.id(), String.valueOf(e)), null));
        }
        return c.readBatch();
    }
}
