package dev.gongkai.cli;

import dev.gongkai.cli.check.Batch;
import dev.gongkai.cli.check.ConsoleLines;
import dev.gongkai.cli.check.CrossYear;
import dev.gongkai.cli.check.Inputs;
import dev.gongkai.cli.check.Level;
import dev.gongkai.cli.check.Outcome;
import dev.gongkai.cli.check.OutDir;
import dev.gongkai.cli.check.Progress;
import dev.gongkai.cli.check.Sink;
import dev.gongkai.cli.check.Summary;
import dev.gongkai.cli.check.Tally;
import dev.gongkai.cli.check.ValidatorChecker;
import dev.gongkai.layout.RecognitionWork;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.RuleConfig;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai check PATH…}: checks every report in files and folders. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every report in the files and folders given: parse, validate (with the cross-year rules "
                + "where an organ's previous year is among the inputs, and batch.duplicate where an organ's report of a year "
                + "is there more than once, e.g. a page and its attachment) and summarise. Files no reader takes are skipped; "
                + "a file that cannot be read is a document.unreadable finding and never stops the batch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on (default ERROR)", "2:usage error"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files and folders (walked recursively; hidden ones are left out).")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write report.html, summary.csv, findings.jsonl and reports/*.json (canonical JSON) here, and the journal "
                    + "(.gongkai/) that --resume continues from.")
    Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files checked at once, and scanned pages the OCR engine recognises at once over all of them (default: the number of cores, ${DEFAULT-VALUE}; the system property gongkai.ocr.processes overrides the latter).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--config", paramLabel = "FILE", description = "Rule configuration (JSON): rules off, severities, parameters.")
    Path config;

    @Option(names = "--hierarchy", paramLabel = "FILE", description = "Parent and subordinate organs for batch.hierarchy-sum "
            + "(opt-in: turn it on in --config): one parent,child pair per line (CSV, a parent,child header allowed) or JSON lines "
            + "{\"parent\": …, \"child\": …}; names match the reports' organs with or without their parents.")
    Path hierarchy;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of messages and outputs (default: zh when the system's language is Chinese, else en).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "The summary on stdout: text (findings as they come, then totals) or json (one object). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "ERROR",
            description = "Exit 1 when a finding of this severity or worse is found: ERROR, WARNING or INFO. Default: ${DEFAULT-VALUE}.")
    Level failOn;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar when stderr is a terminal, else a line every 5 s), bar, lines or none. Default: ${DEFAULT-VALUE}.")
    Progress.Mode progress;

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching this glob (repeatable), e.g. '**/expected/**'.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time one file may take to read and check; a file over it is document.unreadable (\"timed out after N s\") "
                    + "and the batch goes on. 0: no limit. Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(names = "--resume", description = "Continue a batch interrupted in the same --out folder: files whose content, "
            + "gongkai version and options (--config, --lang, --exclude, --timeout, the paths) are unchanged are not read again; "
            + "every output still holds each file exactly once.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "Text format: print the totals only, not each finding.")
    boolean quiet;

    /** The stdout formats. */
    enum Format { text, json }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String language = Cli.language(lang);
        if (language == null) {
            err.println("gongkai: --lang must be zh or en, not " + lang);
            return Main.USAGE;
        }
        if (jobs < 1) {
            err.println("gongkai: --jobs must be at least 1");
            return Main.USAGE;
        }
        if (!RecognitionWork.parallelismIsConfigured()) {
            RecognitionWork.setParallelism(jobs); // the OCR engine's pages at once, over all files in flight
        }
        if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
            err.println("gongkai: --timeout must be 0 (no limit) or more seconds");
            return Main.USAGE;
        }
        if (resume && out == null) {
            err.println("gongkai: --resume needs the --out folder of the batch to continue");
            return Main.USAGE;
        }
        Validator validator;
        try {
            validator = config == null ? Validator.defaults() : Validator.of(RuleConfig.load(config));
        } catch (NoSuchFileException e) {
            err.println("gongkai: " + config + ": no such file");
            return Main.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            err.println("gongkai: " + config + ": " + e.getMessage());
            return Main.USAGE;
        }
        OrganHierarchy organs = OrganHierarchy.NONE;
        if (hierarchy != null) {
            try {
                organs = OrganHierarchy.parse(Files.readString(hierarchy, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                err.println("gongkai: " + hierarchy + ": no such file");
                return Main.USAGE;
            } catch (IOException | IllegalArgumentException e) {
                err.println("gongkai: " + hierarchy + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        Inputs inputs;
        try {
            inputs = new Inputs(paths, out, excludes);
        } catch (NoSuchFileException e) {
            err.println("gongkai: " + e.getFile() + ": no such file or directory");
            return Main.USAGE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Tally tally = new Tally();
        List<Sink> sinks = new ArrayList<>(List.of(tally));
        if (format == Format.text && !quiet) {
            sinks.add(new ConsoleLines(stdout, language));
        }
        Batch batch = new Batch(new ValidatorChecker(validator), jobs)
                .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000))).hierarchy(organs);
        OutDir outDir = null;
        if (out != null) {
            outDir = new OutDir(out, tally, language, fingerprint(language), resume);
            sinks.add(outDir);
            batch.journal(outDir.journal()).spillDir(outDir.spillDir());
        }
        long total = inputs.count();
        try (Progress p = Progress.create(progress, total, err, Progress.stderrIsTerminal())) {
            batch.run(inputs, all(sinks), p);
        } finally {
            if (outDir != null) {
                outDir.journal().close();
            }
        }
        if (resume) {
            err.println("gongkai: resumed: " + batch.restored() + " of " + tally.files()
                    + " files were unchanged since the earlier run and were not read again");
        }
        String outName = out == null ? null : out.toString();
        if (format == Format.json) {
            Summary.json(tally, outName, stdout);
        } else {
            Summary.text(tally, outName, language, stdout);
        }
        for (Level l : Level.values()) {
            if (tally.count(l) > 0 && l.compareTo(failOn) <= 0) {
                return Main.FINDINGS;
            }
        }
        return Main.OK;
    }

    /**
     * What the outputs of a file depend on besides its content: the gongkai build, the rule
     * configuration, the language, the excludes, the paths given and the timeout. A journal written
     * under another fingerprint is not resumed from.
     */
    private String fingerprint(String language) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("version=").append(String.join(" ", new Version().getVersion())).append('\n');
        try {
            var src = Main.class.getProtectionDomain().getCodeSource();
            Path jar = src == null ? null : Path.of(src.getLocation().toURI());
            if (jar != null && Files.isRegularFile(jar)) {
                b.append("build=").append(Files.size(jar)).append('/').append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            b.append("build=unknown\n");
        }
        b.append("config=").append(config == null ? "defaults" : HexFormat.of().formatHex(sha256(Files.readAllBytes(config)))).append('\n');
        b.append("lang=").append(language).append('\n');
        b.append("timeout=").append(timeoutSeconds).append('\n');
        for (String e : excludes) {
            b.append("exclude=").append(e).append('\n');
        }
        for (Path p : paths) {
            b.append("path=").append(p.toAbsolutePath().normalize()).append('\n');
        }
        return HexFormat.of().formatHex(sha256(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sink all(List<Sink> sinks) {
        return new Sink() {
            @Override
            public void writeOwn(Outcome o) throws IOException {
                for (Sink s : sinks) {
                    s.writeOwn(o);
                }
            }

            @Override
            public void accept(Outcome o) throws IOException {
                for (Sink s : sinks) {
                    s.accept(o);
                }
            }

            @Override
            public void idle() throws IOException {
                for (Sink s : sinks) {
                    s.idle();
                }
            }

            @Override
            public void finish(CrossYear.Result batch) throws IOException {
                for (Sink s : sinks) {
                    s.finish(batch);
                }
            }
        };
    }
}
