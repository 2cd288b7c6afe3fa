package dev.gongkai.cli;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.model.Report;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai validate FILE}: prints the findings, one line each (text) or as {@code gongkai.findings/1}
 * (json). Exit codes: 0 no ERROR finding, 1 ERROR findings, 2 usage error or unreadable file.
 *
 * <p>A document that cannot be read as a report prints its {@code document.unreadable} finding like any
 * other (so a consumer of the JSON sees why) and says why on stderr, and the command exits 2, not 1:
 * the document was not validated at all. A {@code --previous} or {@code --config} file that cannot be
 * read is a usage error (stderr, exit 2, no findings).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse a report, check it against the rules and print the findings.")
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    /** Message languages. */
    enum Lang { en, zh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The report: text, HTML, Word, spreadsheet, PDF or canonical JSON.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (one line per finding) or json (gongkai.findings/1). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text output: en or zh. Default: ${DEFAULT-VALUE}. The JSON has both.")
    Lang lang;

    @Option(names = "--previous", paramLabel = "FILE", description = "The same organ's report of the previous year (any format), for the cross-year rules.")
    Path previous;

    @Option(names = "--config", paramLabel = "FILE", description = "A rule configuration (JSON): rules off, re-graded, parameters.")
    Path config;

    @Option(names = "--charset", paramLabel = "NAME", description = "The charset of a text document (default: detected).")
    Charset charset;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Validator validator;
        try {
            validator = Validator.of(config == null ? RuleConfig.defaults() : RuleConfig.load(config));
        } catch (IOException e) {
            return Cli.unreadable(spec, config, e);
        } catch (IllegalArgumentException e) {
            err.println("gongkai: " + config + ": " + e.getMessage());
            return Main.USAGE;
        }
        Report last = null;
        if (previous != null) {
            try {
                last = ParseCommand.parse(previous, charset).report();
            } catch (IOException e) {
                return Cli.unreadable(spec, previous, e);
            }
        }
        Report report;
        try {
            report = ParseCommand.parse(file, charset).report();
        } catch (IOException e) {
            print(null, List.of(e instanceof UnreadableDocumentException u ? Finding.unreadable(u)
                    : Finding.unreadable(reason(e))));
            return Cli.unreadable(spec, file, e);
        }
        List<Finding> findings = validator.validate(report, last);
        print(report, findings);
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Main.FINDINGS : Main.OK;
    }

    private void print(Report report, List<Finding> findings) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(FindingsJson.toJson(file.toString(), report, findings));
        } else {
            Locale locale = lang == Lang.zh ? Locale.CHINESE : Locale.ENGLISH;
            for (Finding f : findings) {
                out.println(f.toLine(locale));
            }
        }
        out.flush();
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof UnreadableDocumentException u) {
            return u.reason().text() + (u.getMessage() == null ? "" : ": " + u.getMessage());
        }
        return String.valueOf(e.getMessage());
    }
}
