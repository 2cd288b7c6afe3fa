package dev.gongkai.cli;

import dev.gongkai.json.ReportJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai schema}: prints the JSON Schema of the canonical JSON. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the canonical JSON gongkai.report/1.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ReportJson.schema());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
