package dev.gongkai.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.gongkai.validation.OrganHierarchy;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The job for {@code spark-submit}: {@code gongkai check} over files on any file system Spark reads.
 *
 * <pre>
 * spark-submit --class dev.gongkai.spark.CheckJob gongkai-spark.jar INPUT… --out OUT
 *     [--config FILE] [--lang zh|en] [--exclude GLOB]… [--fail-on ERROR|WARNING|INFO] [--timeout SECONDS]
 *     [--hierarchy FILE]
 * </pre>
 *
 * Writes under OUT: {@code findings.jsonl/} (one {@code gongkai.findings/1} object per document, as the
 * lines of {@code gongkai check}'s {@code findings.jsonl}), {@code findings/} (Parquet, one row per document
 * with its key columns), {@code issues/} (Parquet, one row per finding), {@code reports.jsonl/} and
 * {@code reports/} (canonical JSON of every report read), {@code summary.jsonl/} and {@code summary/} (counts).
 * {@code --hierarchy} names a file of parent and subordinate organs for {@code batch.hierarchy-sum}
 * ({@link OrganHierarchy#parse}: {@code parent,child} CSV or JSON lines; the rule is opt-in, so turn it on in
 * {@code --config}). Exit codes as {@code gongkai check}: 0, 1 when a finding at or above {@code --fail-on} was found, 2 on a
 * usage error.
 */
public final class CheckJob {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    /** The options. */
    record Options(List<String> inputs, String out, String config, String lang, List<String> excludes, String failOn,
            Duration timeout, String hierarchy) {}

    /**
     * Where under the output the whole per-file result is written once (Parquet) for the other outputs to be
     * read from; removed at the end of a run (a run that fails leaves it; the next one overwrites it). Not a name
     * starting with {@code _} or {@code .}: Spark warns that it ignores such a folder when asked to read one.
     */
    static final String RESULTS = "gongkai-results.tmp";

    /** Parquet's option turning a column's dictionary off ({@code #} and the column's name after it). */
    private static final String NO_DICTIONARY = "parquet.enable.dictionary#";

    /** How many times files were read in the last run (each file once: a test checks it). */
    static volatile long lastRead;

    private CheckJob() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (IOException e) {
            System.err.println("gongkai-spark: " + e.getMessage());
            code = USAGE;
        }
        System.exit(code);
    }

    /** Runs the job in the active (or a new) Spark session; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("gongkai-spark: " + e.getMessage());
            err.println("usage: CheckJob INPUT... --out OUT [--config FILE] [--lang zh|en] [--exclude GLOB]... "
                    + "[--fail-on ERROR|WARNING|INFO] [--timeout SECONDS] [--hierarchy FILE]");
            return USAGE;
        }
        SparkSession spark = SparkSession.builder().appName("gongkai check").getOrCreate();
        GongkaiSpark gongkai = GongkaiSpark.defaults().withTimeout(o.timeout()).withExcludes(o.excludes());
        if (o.config() != null) {
            try {
                gongkai = gongkai.withConfig(readText(spark, o.config()));
            } catch (IllegalArgumentException | IOException e) {
                err.println("gongkai-spark: " + o.config() + ": " + e.getMessage());
                return USAGE;
            }
        }
        if (o.hierarchy() != null) {
            try {
                gongkai = gongkai.withHierarchy(OrganHierarchy.parse(readText(spark, o.hierarchy())));
            } catch (IllegalArgumentException | IOException e) {
                err.println("gongkai-spark: " + o.hierarchy() + ": " + e.getMessage());
                return USAGE;
            }
        }
        long start = System.nanoTime();
        Dataset<Row> files;
        try {
            files = GongkaiSpark.files(spark, o.inputs().toArray(new String[0]));
        } catch (java.io.UncheckedIOException e) {
            err.println("gongkai-spark: " + e.getCause().getMessage());
            return USAGE;
        }
        err.printf(Locale.ROOT, "gongkai-spark: listed the files in %.1f s, %d partitions%n", (System.nanoTime() - start) / 1e9,
                files.rdd().getNumPartitions());
        LongAccumulator read = spark.sparkContext().longAccumulator("gongkai files read");
        JavaRDD<Row> documents = gongkai.documentRows(files, read).persist(StorageLevel.MEMORY_AND_DISK());
        String dir = o.out().endsWith("/") ? o.out() : o.out() + "/";
        // every file's result (findings, canonical JSON, key columns) written once, then each output read
        // back from it with only the columns it needs: nothing is parsed, validated or merged twice
        String results = dir + RESULTS;
        Dataset<Row> merged = gongkai.findings(spark, documents);
        // a few files per core: the documents are already read (cached), so merging them is even work, and every
        // file written has its fixed cost (on a local file system Hadoop starts a process to set its permissions)
        int parts = Math.max(1, Math.min(merged.rdd().getNumPartitions(), 2 * spark.sparkContext().defaultParallelism()));
        // no dictionaries: the columns are read back once each, and a report's JSON or findings repeat rarely
        merged.coalesce(parts).write().option("parquet.enable.dictionary", "false").mode(SaveMode.Overwrite).parquet(results);
        documents.unpersist();
        err.printf(Locale.ROOT, "gongkai-spark: read and checked the files at %.1f s%n", (System.nanoTime() - start) / 1e9);
        Dataset<Row> findings = spark.read().parquet(results);
        write(findings, o, err, start);
        // the counts from the tables as written, not from the findings' JSON parsed again
        Dataset<Row> counts = GongkaiSpark.summary(spark.read().parquet(dir + "findings"), spark.read().parquet(dir + "issues"));
        List<Row> summary = counts.collectAsList();
        // the counts are a few rows: written from the driver, not computed again
        Dataset<Row> small = spark.createDataFrame(summary, counts.schema()).coalesce(1);
        small.write().mode(SaveMode.Overwrite).json(dir + "summary.jsonl");
        small.write().mode(SaveMode.Overwrite).parquet(dir + "summary");
        Path resultsPath = new Path(results);
        resultsPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(resultsPath, true);
        double seconds = (System.nanoTime() - start) / 1e9;
        long checked = 0;
        for (Row r : summary) {
            if (r.getString(0).equals("status")) {
                checked += r.getLong(3);
            }
        }
        out.printf(Locale.ROOT, "checked %d files in %.1f s (%.1f files/s)%n", checked, seconds, checked / seconds);
        err.printf(Locale.ROOT, "gongkai-spark: each of %d files read %d times in all%n", checked, read.value());
        lastRead = read.value();
        for (Row r : summary) {
            out.printf("  %-8s %-32s %-8s %d%n", r.getString(0), r.getString(1), r.isNullAt(2) ? "" : r.getString(2), r.getLong(3));
        }
        int failAt = severity(o.failOn());
        boolean fail = false;
        for (Row r : summary) {
            if (r.getString(0).equals("severity") && severity(r.getString(1)) <= failAt && r.getLong(3) > 0) {
                fail = true;
            }
        }
        return fail ? FINDINGS : OK;
    }

    private static void write(Dataset<Row> findings, Options o, PrintStream err, long start) {
        String out = o.out().endsWith("/") ? o.out() : o.out() + "/";
        findings.filter(col("findings").isNotNull()).select("findings").as(Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(out + "findings.jsonl");
        findings.drop("report").write().option(NO_DICTIONARY + "findings", "false").mode(SaveMode.Overwrite).parquet(out + "findings");
        Dataset<Row> issues = GongkaiSpark.issues(findings);
        issues.withColumn("message", col("zh".equals(o.lang()) ? "message_zh" : "message_en"))
                .write().mode(SaveMode.Overwrite).parquet(out + "issues");
        Dataset<Row> reports = GongkaiSpark.reports(findings);
        reports.write().option(NO_DICTIONARY + "report", "false").mode(SaveMode.Overwrite).parquet(out + "reports");
        reports.select("report").as(Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "reports.jsonl");
        err.printf(Locale.ROOT, "gongkai-spark: wrote the tables at %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static int severity(String s) {
        return switch (s) {
            case "ERROR" -> 0;
            case "WARNING" -> 1;
            case "INFO" -> 2;
            default -> throw new IllegalArgumentException("--fail-on must be ERROR, WARNING or INFO, not " + s);
        };
    }

    private static String readText(SparkSession spark, String file) throws IOException {
        Path p = new Path(file);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (InputStream in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        String out = null;
        String config = null;
        String hierarchy = null;
        String lang = "en";
        String failOn = "ERROR";
        Duration timeout = GongkaiSpark.DEFAULT_TIMEOUT;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out", "-o" -> out = value(args, ++i, a);
                case "--config" -> config = value(args, ++i, a);
                case "--hierarchy" -> hierarchy = value(args, ++i, a);
                case "--lang" -> {
                    lang = value(args, ++i, a);
                    if (!lang.equals("zh") && !lang.equals("en")) {
                        throw new IllegalArgumentException("--lang must be zh or en, not " + lang);
                    }
                }
                case "--exclude" -> excludes.add(value(args, ++i, a));
                case "--fail-on" -> {
                    failOn = value(args, ++i, a).toUpperCase(Locale.ROOT);
                    severity(failOn);
                }
                case "--timeout" -> {
                    String v = value(args, ++i, a);
                    try {
                        timeout = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout takes seconds, not " + v);
                    }
                    if (timeout.isNegative()) {
                        throw new IllegalArgumentException("--timeout cannot be negative");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input path given");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        return new Options(List.copyOf(inputs), out, config, lang, List.copyOf(excludes), failOn, timeout, hierarchy);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
