package dev.gongkai.validation;

import dev.gongkai.validation.internal.ConfigReader;
import dev.gongkai.validation.internal.RuleRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which rules run, at what severity, with which parameters. Immutable: each method returns a new
 * configuration. Every rule id and parameter name is checked against the installed rules at once: an
 * unknown one is an {@link IllegalArgumentException} naming it, never a silent no-op.
 *
 * <pre>{@code
 * RuleConfig c = RuleConfig.defaults()
 *         .off("values.blank")
 *         .severity("structure.template", Severity.WARNING)
 *         .parameter("narrative.copied", "threshold", "0.85");
 * }</pre>
 *
 * The file form ({@link #load(Path)}) is JSON; see the package documentation.
 *
 * @since 0.1
 */
public final class RuleConfig {

    /** One rule's settings; {@code null} fields keep the rule's defaults. */
    record Setting(Boolean enabled, Severity severity, Map<String, BigDecimal> parameters) {
        Setting {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    private static final RuleConfig DEFAULTS = new RuleConfig(Map.of());

    private final Map<String, Setting> settings;

    private RuleConfig(Map<String, Setting> settings) {
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Every installed rule that is on by default, at its default severity and parameters. */
    public static RuleConfig defaults() {
        return DEFAULTS;
    }

    /** Turns a rule off. */
    public RuleConfig off(String id) {
        return with(id, new Setting(false, null, setting(id).parameters()));
    }

    /** Turns a rule on (needed for opt-in rules such as {@code batch.hierarchy-sum}). */
    public RuleConfig on(String id) {
        Setting s = setting(id);
        return with(id, new Setting(true, s.severity(), s.parameters()));
    }

    /** Re-grades a rule's findings; this also turns the rule on. */
    public RuleConfig severity(String id, Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return with(id, new Setting(true, severity, setting(id).parameters()));
    }

    /** Sets a rule parameter (a decimal, given as a number or as text). */
    public RuleConfig parameter(String id, String name, Object value) {
        RuleRegistry.Entry e = RuleRegistry.require(RuleRegistry.installed(), id);
        BigDecimal v = e.checkParameter(name, String.valueOf(Objects.requireNonNull(value, "value")));
        Setting s = setting(id);
        Map<String, BigDecimal> p = new LinkedHashMap<>(s.parameters());
        p.put(name, v);
        return with(id, new Setting(s.enabled(), s.severity(), p));
    }

    /**
     * Reads a configuration file (JSON, UTF-8) on top of the defaults.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not valid, names an unknown rule or parameter, or a
     *     value is out of range; the message names the culprit
     */
    public static RuleConfig load(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Reads a configuration from JSON text on top of the defaults (see {@link #load(Path)}). */
    public static RuleConfig parse(String json) {
        return ConfigReader.read(json, defaults());
    }

    /** Whether a rule runs. */
    public boolean enabled(RuleDescriptor rule) {
        Setting s = settings.get(rule.id());
        return s == null || s.enabled() == null ? rule.enabledByDefault() : s.enabled();
    }

    /** The severity a rule's findings get, or {@code null} to keep what the rule says. */
    public Severity severity(String id) {
        Setting s = settings.get(id);
        return s == null ? null : s.severity();
    }

    /** A rule's parameters: its defaults with the configured values on top. */
    public Map<String, BigDecimal> parameters(RuleDescriptor rule) {
        Map<String, BigDecimal> p = new LinkedHashMap<>(rule.parameters());
        Setting s = settings.get(rule.id());
        if (s != null) {
            p.putAll(s.parameters());
        }
        return p;
    }

    /** The ids of the rules this configuration changes. */
    public java.util.Set<String> configuredRules() {
        return settings.keySet();
    }

    private Setting setting(String id) {
        RuleRegistry.require(RuleRegistry.installed(), id);
        Setting s = settings.get(id);
        return s == null ? new Setting(null, null, Map.of()) : s;
    }

    private RuleConfig with(String id, Setting s) {
        Map<String, Setting> m = new LinkedHashMap<>(settings);
        m.put(id, s);
        return new RuleConfig(m);
    }

    @Override
    public String toString() {
        return "RuleConfig" + settings;
    }
}
