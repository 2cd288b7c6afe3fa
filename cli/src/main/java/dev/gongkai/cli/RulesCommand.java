package dev.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.RuleDescriptor;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai rules}: every installed rule, built-in and custom. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every installed rule (built-in and custom): id, default severity, summary.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the summaries (default: zh when the system's language is Chinese, else en).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (a table) or json (an array). Default: ${DEFAULT-VALUE}.")
    CheckCommand.Format format;

    @Option(names = "--config", paramLabel = "FILE", description = "Also show which rules this configuration runs, and at what severity.")
    Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String language = Cli.language(lang);
        if (language == null) {
            err.println("gongkai: --lang must be zh or en, not " + lang);
            return Main.USAGE;
        }
        RuleConfig rc;
        try {
            rc = config == null ? RuleConfig.defaults() : RuleConfig.load(config);
        } catch (NoSuchFileException e) {
            err.println("gongkai: " + config + ": no such file");
            return Main.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("gongkai: " + config + ": " + e.getMessage());
            return Main.USAGE;
        }
        Validator v = Validator.of(rc);
        Set<String> enabled = v.enabledRules();
        Locale locale = "zh".equals(language) ? Locale.CHINESE : Locale.ENGLISH;
        if (format == CheckCommand.Format.json) {
            ArrayNode a = new ObjectMapper().createArrayNode();
            for (RuleDescriptor d : v.rules()) {
                ObjectNode o = a.addObject();
                o.put("id", d.id());
                o.put("severity", d.defaultSeverity().name());
                o.put("configured", enabled.contains(d.id()) ? rc.severity(d.id()) == null ? d.defaultSeverity().name() : rc.severity(d.id()).name() : "OFF");
                o.put("summary", d.summary(locale));
                o.put("since", d.since());
                o.put("custom", !d.builtIn());
                o.put("enabledByDefault", d.enabledByDefault());
            }
            out.println(a.toPrettyString());
        } else {
            for (RuleDescriptor d : v.rules()) {
                String state = enabled.contains(d.id()) ? "" : " (off)";
                if (config != null && enabled.contains(d.id()) && rc.severity(d.id()) != null && rc.severity(d.id()) != d.defaultSeverity()) {
                    state = " (now " + rc.severity(d.id()) + ")";
                }
                out.println(String.format(Locale.ROOT, "%-32s %-8s %s%s%s", d.id(), d.defaultSeverity(), d.summary(locale),
                        d.builtIn() ? "" : "  [custom]", state));
            }
        }
        out.flush();
        return Main.OK;
    }
}
