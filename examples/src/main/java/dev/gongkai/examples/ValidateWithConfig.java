package dev.gongkai.examples;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Validate a report with a configuration of your own: a rule turned off, another re-graded. The same
 * configuration can live in a JSON file ({@code RuleConfig.load(path)}, {@code gongkai check --config}).
 *
 * <pre>java dev.gongkai.examples.ValidateWithConfig corpus/seeds/003_e52139f12275cdbc.txt</pre>
 */
public final class ValidateWithConfig {
    private ValidateWithConfig() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(Path.of(args[0]), System.out));
    }

    /** Prints the findings in Chinese; returns 1 when any is an ERROR. */
    static int run(Path file, PrintStream out) throws IOException {
        RuleConfig config = RuleConfig.defaults()
                .off("values.blank") // blank cells are common; do not report them
                .severity("narrative.applications", Severity.ERROR); // prose contradicting the table is an error here
        Validator validator = Validator.of(config);
        Report report = Gongkai.parse(file).report();
        List<Finding> findings = validator.validate(report);
        for (Finding f : findings) {
            out.println(f.toLine(Locale.CHINESE));
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }
}
