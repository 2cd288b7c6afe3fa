package dev.gongkai.cli;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai parse FILE}: prints the report as canonical JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a report and print it as canonical JSON (gongkai.report/1) or as text.")
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The report: text, HTML, Word, spreadsheet, PDF or canonical JSON.")
    Path file;

    @Option(names = "--charset", paramLabel = "NAME", description = "The charset of a text document (default: detected).")
    Charset charset;

    @Option(names = "--problems", description = "Also print parse problems on stderr (json format).")
    boolean problems;

    /** Output formats. */
    enum Format { json, text }

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json (canonical gongkai.report/1) or text (the tables with their labels, for reading). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        ParseResult result;
        try {
            result = parse(file, charset);
        } catch (IOException e) {
            return Cli.unreadable(spec, file, e);
        }
        if (format == Format.text) {
            spec.commandLine().getOut().print(ReportText.render(result));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        spec.commandLine().getOut().println(ReportJson.toJson(result.report()));
        if (problems) {
            for (Problem p : result.problems()) {
                spec.commandLine().getErr().println(p);
            }
        }
        return Main.OK;
    }

    static ParseResult parse(Path file, Charset charset) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        ParseContext ctx = ParseContext.defaults().withFileName(file.toString());
        return Gongkai.parse(file, charset == null ? ctx : ctx.withCharset(charset));
    }
}
