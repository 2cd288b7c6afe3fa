package dev.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai validate FILE}: prints the findings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse a report, check it against the rules and print the findings.")
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The report: text, HTML, Word, spreadsheet, PDF or canonical JSON.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (one line per finding) or json (gongkai.findings/1). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("gongkai: validation is not available in this build yet");
        return Main.USAGE;
    }
}
