package dev.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gongkai} command. Exit codes: 0 no ERROR finding, 1 ERROR findings (for {@code check}:
 * findings at or above {@code --fail-on}), 2 usage error or (for {@code parse} and {@code validate}) an
 * unreadable file.
 */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads and validates 政府信息公开工作年度报告 (government information disclosure annual reports).",
        subcommands = {CheckCommand.class, ParseCommand.class, ValidateCommand.class, RulesCommand.class, SchemaCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no ERROR finding",
            "1:ERROR findings (check: at or above --fail-on)",
            "2:usage error, or parse/validate of an unreadable file"
        })
public final class Main implements Runnable {

    /** Exit code: no ERROR finding. */
    public static final int OK = 0;
    /** Exit code: ERROR findings. */
    public static final int FINDINGS = 1;
    /** Exit code: usage error or unreadable file. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API; the command line has no Log4j backend, so use the API's own
        // simple provider (errors only, on stderr) rather than a "no logging provider" warning.
        if (System.getProperty("log4j2.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        Thread.setDefaultUncaughtExceptionHandler(Main::died);
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * A thread ended by what nothing caught. An error (out of memory above all) may leave the threads that
     * wait on this one waiting for ever: the process ends here, with a reason and a non-zero exit, rather
     * than hang. Output already written stays; {@code check --resume} continues a batch from its journal.
     */
    static void died(Thread thread, Throwable e) {
        if (!(e instanceof Error)) {
            e.printStackTrace();
            return;
        }
        try {
            System.err.println("gongkai: stopped: " + e + " in thread \"" + thread.getName() + "\""
                    + (e instanceof OutOfMemoryError ? "; give the JVM more memory (java -Xmx…) or check fewer files at a time,"
                            + " and resume with --resume" : ""));
            System.err.flush();
        } finally {
            Runtime.getRuntime().halt(USAGE);
        }
    }

    /** Runs the command with the given streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("gongkai: " + ex.getMessage());
            c.getErr().println("Try 'gongkai " + (c.getCommandName().equals("gongkai") ? "" : c.getCommandName() + " ")
                    + "--help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("gongkai: " + ex);
            return USAGE;
        });
        cl.getCommandSpec().exitCodeOnUsageHelp(OK).exitCodeOnVersionHelp(OK)
                .exitCodeOnInvalidInput(USAGE).exitCodeOnExecutionException(USAGE);
        return cl;
    }
}
