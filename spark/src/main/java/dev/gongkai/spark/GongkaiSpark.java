package dev.gongkai.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.gongkai.spark.internal.BatchFindings;
import dev.gongkai.spark.internal.Documents;
import dev.gongkai.spark.internal.HadoopConf;
import dev.gongkai.spark.internal.Listing;
import dev.gongkai.spark.internal.MergePartition;
import dev.gongkai.spark.internal.Sources;
import dev.gongkai.spark.internal.Tasks;
import dev.gongkai.spark.internal.Validators;
import dev.gongkai.validation.OrganHierarchy;
import dev.gongkai.validation.Organs;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.PairFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.HashPartitioner;
import org.apache.spark.sql.types.DataType;
import scala.Tuple2;

/**
 * The check of {@code gongkai check} over Spark Datasets, for pipelines that already run Spark. Every
 * document is read and validated alone on the executors; the rules that need more than one report —
 * cross-year (an organ's report against its report of the year before) and {@code batch.duplicate} (one
 * organ's report of one year published more than once) — run over the documents' digests grouped by organ
 * key and year, each group with the digests of the year before; the findings they add are merged back where
 * the documents lie. Organ keys, the digests the batch rules read and
 * the rules are the library's ({@link Organs}, {@link dev.gongkai.validation.ReportDigest},
 * {@link dev.gongkai.validation.Validator#batchFindings}), so each document's findings equal the line
 * {@code gongkai check} writes for it in {@code findings.jsonl}.
 *
 * <pre>{@code
 * Dataset<Row> files = GongkaiSpark.binaryFiles(spark, "hdfs:///reports/2024");
 * Dataset<Row> findings = GongkaiSpark.defaults().check(files);   // one row per document
 * findings.filter("status = 'error'").select("source", "organ", "year").show();
 * GongkaiSpark.issues(findings).groupBy("rule").count().show();    // one row per finding
 * }</pre>
 *
 * Immutable and serializable.
 */
public final class GongkaiSpark implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default time limit per file. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private final String config;
    private final long timeoutMillis;
    private final List<String> excludes;
    /** Parent organ → subordinate organs, as given ({@link OrganHierarchy#asMap}); empty: none. */
    private final java.util.LinkedHashMap<String, ArrayList<String>> hierarchy;

    private GongkaiSpark(String config, long timeoutMillis, List<String> excludes, Map<String, ? extends List<String>> hierarchy) {
        this.config = config;
        this.timeoutMillis = timeoutMillis;
        this.excludes = List.copyOf(excludes);
        this.hierarchy = new java.util.LinkedHashMap<>();
        hierarchy.forEach((p, kids) -> this.hierarchy.put(p, new ArrayList<>(kids)));
    }

    /** The default rules, a time limit of {@link #DEFAULT_TIMEOUT} per file, no file left out. */
    public static GongkaiSpark defaults() {
        return new GongkaiSpark("", DEFAULT_TIMEOUT.toMillis(), List.of(), Map.of());
    }

    /**
     * With a rule configuration (the JSON of {@code gongkai check --config}).
     *
     * @throws IllegalArgumentException when it is not valid (checked here, on the driver)
     */
    public GongkaiSpark withConfig(String json) {
        Validators.of(Objects.requireNonNull(json, "json"));
        return new GongkaiSpark(json, timeoutMillis, excludes, hierarchy);
    }

    /** With a time limit per file ({@link Duration#ZERO}: none); a file cut off is {@code document.unreadable}. */
    public GongkaiSpark withTimeout(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + limit);
        }
        return new GongkaiSpark(config, limit.toMillis(), excludes, hierarchy);
    }

    /** Leaving out files whose source matches one of these globs (as {@code gongkai check --exclude}). */
    public GongkaiSpark withExcludes(List<String> globs) {
        for (String g : globs) {
            FileSystems.getDefault().getPathMatcher("glob:" + g);
        }
        return new GongkaiSpark(config, timeoutMillis, globs, hierarchy);
    }

    /**
     * With a hierarchy of organs for {@code batch.hierarchy-sum} (turn the rule on in the configuration: it
     * is opt-in): a parent organ's report is checked against the same year's reports of its subordinate
     * organs, one per organ, matched by organ key as {@link dev.gongkai.validation.Validator#validateBatch(List, Map)}
     * and {@code gongkai check --hierarchy} match them. Runs as a join of the documents' digests by organ key and year.
     */
    public GongkaiSpark withHierarchy(OrganHierarchy h) {
        return new GongkaiSpark(config, timeoutMillis, excludes, h.asMap());
    }

    /**
     * The files below the paths (any file system Spark's Hadoop layer reads), walked recursively, as Spark's
     * {@code binaryFile} source gives them ({@code path}, {@code content}, …). Spark leaves out files and
     * folders whose name starts with {@code .} or {@code _}.
     */
    public static Dataset<Row> binaryFiles(SparkSession spark, String... paths) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
    }

    /**
     * The files below the paths (any file system Spark's Hadoop layer reads; globs allowed), listed once on
     * the driver as {@code gongkai check} walks a folder: names starting with {@code .} left out, names
     * starting with {@code _} and empty files kept (unlike Spark's {@code binaryFile} source). A table of
     * {@code path} and {@code length}, one partition per task: consecutive files of about 64 MB together,
     * a file counting as at least 64 KB (so up to 1,024 small files, and fewer PDFs or scans, which take
     * seconds each), at least three per core; {@link #documents} reads each file's bytes on the executors.
     *
     * @throws java.io.UncheckedIOException when a path does not exist or cannot be listed
     */
    public static Dataset<Row> files(SparkSession spark, String... paths) {
        List<Listing.File> listed;
        try {
            listed = Listing.of(spark.sparkContext().hadoopConfiguration(), Arrays.asList(paths));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long[] lengths = new long[listed.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = listed.get(i).length();
        }
        int[] starts = Tasks.starts(lengths, spark.sparkContext().defaultParallelism());
        List<List<Row>> tasks = new ArrayList<>(starts.length);
        for (int t = 0; t < starts.length; t++) {
            int end = t + 1 < starts.length ? starts[t + 1] : listed.size();
            List<Row> task = new ArrayList<>(end - starts[t]);
            for (Listing.File f : listed.subList(starts[t], end)) {
                task.add(RowFactory.create(f.path(), f.length()));
            }
            tasks.add(task);
        }
        StructType schema = new StructType().add("path", DataTypes.StringType, false).add("length", DataTypes.LongType, false);
        // one group per partition: parallelize gives each of n elements its own slice when asked for n slices
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(tasks, Math.max(1, tasks.size())).flatMap(List::iterator);
        return spark.createDataFrame(rows, schema);
    }


    /**
     * Each document read and validated alone (no batch rules yet): {@code source}, {@code status}
     * ({@code unreadable}, {@code error}, {@code warning}, {@code ok}, {@code skipped}), {@code parser},
     * {@code reason}, {@code organ}, {@code year}, {@code edition}, the counts, {@code findings} (the
     * {@code gongkai.findings/1} line; null when skipped), {@code report} (canonical JSON on one line; null
     * unless read), {@code problems} (the reader's problem codes) and the report's digest.
     *
     * @param binaryFiles a table with {@code path} (string) and {@code content} (binary), as Spark's
     *     {@code binaryFile} source gives (the empty files its scan drops are found by a second listing), or
     *     a table of {@code path} without {@code content} such as {@link #files} gives (each file then read
     *     through Hadoop's file system on the executors)
     */
    public Dataset<Row> documents(Dataset<Row> binaryFiles) {
        return documents(binaryFiles, null);
    }

    /** {@link #documents(Dataset)} counting the files read. */
    Dataset<Row> documents(Dataset<Row> binaryFiles, LongAccumulator read) {
        return files(binaryFiles).map(reader(binaryFiles, read), Encoders.row(Documents.SCHEMA)).withColumn("report", asText("report"));
    }

    /** True when the files come listed ({@code path} only), to be read through Hadoop's file system. */
    private static boolean listed(Dataset<Row> binaryFiles) {
        return !Arrays.asList(binaryFiles.columns()).contains("content");
    }

    /** The files to read: their paths (and contents, as given), empty files included, the excluded left out. */
    private Dataset<Row> files(Dataset<Row> binaryFiles) {
        Dataset<Row> files = listed(binaryFiles) ? binaryFiles.select(col("path"))
                : binaryFiles.select(col("path"), col("content")).unionByName(emptyFiles(binaryFiles));
        return excludes.isEmpty() ? files : files.filter(new Kept(excludes));
    }

    /** What reads and checks each file; listed files are read with the session's Hadoop configuration. */
    private Documents reader(Dataset<Row> binaryFiles, LongAccumulator read) {
        // broadcast, so that an executor reads the configuration once, not once per task of every stage over the documents
        Broadcast<HadoopConf> hadoop = listed(binaryFiles) ? JavaSparkContext.fromSparkContext(binaryFiles.sparkSession().sparkContext())
                .broadcast(new HadoopConf(binaryFiles.sparkSession().sparkContext().hadoopConfiguration())) : null;
        return new Documents(config, timeoutMillis, hadoop, read);
    }

    /**
     * Checks the files: the findings table, one row per file, with {@code source}, {@code organ},
     * {@code organ_key} (the batch's key of the organ; null when the report names no year or no plausible
     * organ), {@code year}, {@code edition}, {@code status}, {@code parser}, {@code reason}, {@code errors},
     * {@code warnings}, {@code infos}, {@code findings} (the document's {@code gongkai.findings/1} object,
     * batch findings included), {@code report} (canonical JSON) and {@code problems}. The documents are
     * read once and kept (memory and disk) for the batch join.
     */
    public Dataset<Row> check(Dataset<Row> binaryFiles) {
        return check(binaryFiles, null);
    }

    /** {@link #check(Dataset)} counting the files read (each once, however many tables are written). */
    Dataset<Row> check(Dataset<Row> binaryFiles, LongAccumulator read) {
        return findings(binaryFiles.sparkSession(), documentRows(binaryFiles, read).persist(StorageLevel.MEMORY_AND_DISK()));
    }

    /**
     * The batch step over {@link #documents}: organ keys over the whole batch, then cross-year and
     * {@code batch.duplicate} (and {@code batch.hierarchy-sum} with a hierarchy) over the documents grouped
     * by organ key and year. Only the digests the batch rules read travel (with each document's source and
     * partition); the findings they add are sent back to the partitions of the documents and merged there,
     * so the documents, their canonical JSON included, are not shuffled. Runs one job to collect the
     * distinct organ names (to key them on the driver; a few hundred thousand names at most), so persist
     * the documents.
     */
    public Dataset<Row> findings(Dataset<Row> documents) {
        return findings(documents.sparkSession(), documents.javaRDD());
    }

    /**
     * The documents as Java rows ({@link Documents#SCHEMA}, with their schema), not encoded into Spark's
     * rows: persisted so (memory and disk), the canonical JSON and findings lines are encoded only when
     * written, not into a columnar cache and out of it again for the merge.
     */
    JavaRDD<Row> documentRows(Dataset<Row> binaryFiles, LongAccumulator read) {
        Documents check = reader(binaryFiles, read);
        return files(binaryFiles).javaRDD().map(f -> Documents.withSchema(check.call(f)));
    }

    /** {@link #findings(Dataset)} over the documents as Java rows ({@link #documentRows}). */
    Dataset<Row> findings(SparkSession spark, JavaRDD<Row> docs) {
        // each digested document's member fields with the partition it lies in: its added findings go back there
        Dataset<Row> digested = spark.createDataFrame(docs.mapPartitionsWithIndex(Documents::members, true), Documents.MEMBERS);
        // each partition's names, made distinct on the driver: no shuffle, no query planned for it
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(docs.mapPartitions(Documents::organs).collect()));
        Organs organs = Organs.of(names);
        OrganHierarchy h = OrganHierarchy.of(hierarchy);
        Organs hOrgans = h.isEmpty() ? null : h.organs(names);
        List<Row> keyRows = new ArrayList<>(names.size());
        java.util.HashMap<String, String> organKeys = new java.util.HashMap<>();
        for (String n : names) {
            keyRows.add(RowFactory.create(n, organs.key(n), hOrgans == null ? null : hOrgans.key(n)));
            organKeys.put(n, organs.key(n));
        }
        StructType keySchema = new StructType().add("organ", DataTypes.StringType, false).add("organ_key", DataTypes.StringType, true)
                .add("h_key", DataTypes.StringType, true);
        Dataset<Row> keys = broadcast(spark.createDataFrame(keyRows, keySchema));

        Column[] member = new Column[BatchFindings.MEMBER.length];
        for (int i = 0; i < member.length; i++) {
            member[i] = col(BatchFindings.MEMBER[i]);
        }
        Dataset<Row> keyedDigests = digested.select(member).join(keys, "organ")
                .filter(col("organ_key").isNotNull());
        Column[] withSubs = member;
        if (hOrgans != null) {
            keyedDigests = withSubordinates(spark, keyedDigests, h.childKeys(hOrgans), member);
            withSubs = Arrays.copyOf(member, member.length + 1);
            withSubs[member.length] = col("subordinates");
        }
        // one shuffle: each digest goes to its organ and year as a member, and to the year after as the previous year's
        DataType memberType = keyedDigests.select(struct(withSubs)).schema().fields()[0].dataType();
        DataType previousType = keyedDigests.select(struct(member)).schema().fields()[0].dataType();
        // both rows of a digest from one scan of the documents (an array of the two, exploded), not a union of two scans
        Column asMember = struct(col("year").as("year"), struct(withSubs).as("m"), lit(null).cast(previousType).as("p"));
        Column asPrevious = struct(col("year").plus(1).as("year"), lit(null).cast(memberType).as("m"), struct(member).as("p"));
        Dataset<Row> added = keyedDigests.select(col("organ_key"), explode(array(asMember, asPrevious)).as("e"))
                .select(col("organ_key"), col("e.year").as("year"), col("e.m").as("m"), col("e.p").as("p"))
                .groupBy("organ_key", "year")
                .agg(collect_list(col("m")).as("members"), collect_list(col("p")).as("previous"))
                .flatMap(new BatchFindings(config), Encoders.row(BatchFindings.SCHEMA));

        int parts = docs.getNumPartitions();
        JavaPairRDD<Integer, Row> back = added.javaRDD().mapToPair(new ByPart()).partitionBy(new HashPartitioner(parts));
        Broadcast<java.util.HashMap<String, String>> keyMap = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(organKeys);
        return spark.createDataFrame(docs.zipPartitions(back, new MergePartition(keyMap)), MergePartition.SCHEMA)
                .withColumn("report", asText("report"));
    }

    /** A column of UTF-8 bytes as a string column (Spark takes the bytes as they are, no decoding). */
    private static Column asText(String column) {
        return col(column).cast(DataTypes.StringType);
    }

    /** An added row keyed by the partition of the documents table its document lies in. */
    private static final class ByPart implements PairFunction<Row, Integer, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Integer, Row> call(Row r) {
            return new Tuple2<>(r.getInt(0), r);
        }
    }

    /**
     * Each digested document with {@code subordinates}: the same year's documents of the organs the hierarchy
     * puts under its organ, the first in source order of each subordinate organ (null when none), as a join of
     * the documents by hierarchy key and year with the hierarchy's (parent key, child key) pairs.
     */
    private static Dataset<Row> withSubordinates(SparkSession spark, Dataset<Row> digests, Map<String, java.util.Set<String>> childKeys,
            Column[] member) {
        List<Row> edges = new ArrayList<>();
        childKeys.forEach((p, kids) -> kids.forEach(k -> edges.add(RowFactory.create(p, k))));
        StructType edgeSchema = new StructType().add("parent_key", DataTypes.StringType, false).add("child_key", DataTypes.StringType, false);
        Dataset<Row> pairs = broadcast(spark.createDataFrame(edges, edgeSchema));
        // the first document (by source) of each subordinate organ and year
        Dataset<Row> firsts = digests.filter(col("h_key").isNotNull())
                .groupBy(col("h_key").as("child_key"), col("year").as("s_year"))
                .agg(org.apache.spark.sql.functions.min(struct(member)).as("s"));
        Dataset<Row> subs = firsts.join(pairs, "child_key")
                .groupBy(col("parent_key"), col("s_year"))
                .agg(org.apache.spark.sql.functions.sort_array(collect_list(col("s"))).as("subordinates"));
        return digests.join(subs, digests.col("h_key").equalTo(subs.col("parent_key"))
                        .and(digests.col("year").equalTo(subs.col("s_year"))), "left_outer")
                .drop("parent_key", "s_year");
    }

    /** The canonical JSON of every report read, with the key columns: source, organ_key, year, edition, status, report. */
    public static Dataset<Row> reports(Dataset<Row> findings) {
        return findings.filter(col("report").isNotNull())
                .select("source", "organ", "organ_key", "year", "edition", "status", "report");
    }

    /**
     * One row per finding, for Spark SQL: the key columns of its document (source, organ, organ_key, year,
     * edition, status) and the finding's rule, severity, table, row, column, section, expected, actual,
     * message_zh and message_en.
     */
    public static Dataset<Row> issues(Dataset<Row> findings) {
        StructType location = new StructType().add("table", DataTypes.StringType).add("row", DataTypes.StringType)
                .add("column", DataTypes.StringType).add("section", DataTypes.StringType);
        StructType finding = new StructType().add("rule", DataTypes.StringType).add("severity", DataTypes.StringType)
                .add("location", location).add("expected", DataTypes.createDecimalType(38, 6))
                .add("actual", DataTypes.createDecimalType(38, 6))
                .add("message", new StructType().add("zh", DataTypes.StringType).add("en", DataTypes.StringType));
        StructType doc = new StructType().add("findings", DataTypes.createArrayType(finding));
        return findings.filter(col("findings").isNotNull())
                .select(col("source"), col("organ"), col("organ_key"), col("year"), col("edition"), col("status"),
                        explode(from_json(col("findings"), doc).getField("findings")).as("f"))
                .select(col("source"), col("organ"), col("organ_key"), col("year"), col("edition"), col("status"),
                        col("f.rule").as("rule"), col("f.severity").as("severity"), col("f.location.table").as("table"),
                        col("f.location.row").as("row"), col("f.location.column").as("column"),
                        col("f.location.section").as("section"), col("f.expected").as("expected"),
                        col("f.actual").as("actual"), col("f.message.zh").as("message_zh"), col("f.message.en").as("message_en"));
    }

    /**
     * The counts of a run: {@code kind} ({@code status}, {@code severity}, {@code rule}, {@code problem}),
     * {@code name}, {@code severity} (for rules) and {@code count} — files by status, findings by severity
     * and by rule and severity, the reader's problems by code.
     */
    public static Dataset<Row> summary(Dataset<Row> findings) {
        return summary(findings, issues(findings));
    }

    /** {@link #summary(Dataset)} from the findings and their {@link #issues} (e.g. as written). */
    static Dataset<Row> summary(Dataset<Row> findings, Dataset<Row> issues) {
        Column none = lit(null).cast(DataTypes.StringType);
        Dataset<Row> byStatus = findings.groupBy("status").count()
                .select(lit("status").as("kind"), col("status").as("name"), none.as("severity"), col("count"));
        Dataset<Row> bySeverity = issues.groupBy("severity").count()
                .select(lit("severity").as("kind"), col("severity").as("name"), none.as("severity"), col("count"));
        Dataset<Row> byRule = issues.groupBy("rule", "severity").count()
                .select(lit("rule").as("kind"), col("rule").as("name"), col("severity"), col("count"));
        Dataset<Row> byProblem = findings.select(explode(col("problems")).as("problem")).groupBy("problem").count()
                .select(lit("problem").as("kind"), col("problem").as("name"), none.as("severity"), col("count"));
        return byStatus.unionByName(bySeverity).unionByName(byRule).unionByName(byProblem);
    }

    /**
     * The files Spark lists but its file scan leaves out because they are empty ({@code gongkai check} says
     * such a file is unreadable, or skips it), with empty content: those of {@link Dataset#inputFiles()} that
     * the scan of the paths alone (no content read) does not give.
     */
    private static Dataset<Row> emptyFiles(Dataset<Row> binaryFiles) {
        SparkSession spark = binaryFiles.sparkSession();
        StructType schema = new StructType().add("path", DataTypes.StringType, false).add("content", DataTypes.BinaryType, false);
        String[] listed = binaryFiles.inputFiles();
        if (listed.length == 0) {
            return spark.createDataFrame(List.of(), schema);
        }
        UserDefinedFunction source = udf((UDF1<String, String>) Sources::of, DataTypes.StringType);
        Dataset<Row> all = spark.createDataset(Arrays.asList(listed), Encoders.STRING()).toDF("path")
                .withColumn("s", source.apply(col("path")));
        Dataset<Row> scanned = binaryFiles.select(source.apply(col("path")).as("s"));
        return all.join(scanned, all.col("s").equalTo(scanned.col("s")), "left_anti")
                .select(col("path"), lit(new byte[0]).as("content"));
    }

    /** Keeps the files whose source matches no exclude glob. */
    private static final class Kept implements FilterFunction<Row> {
        private static final long serialVersionUID = 1L;
        private final List<String> globs;
        private transient List<PathMatcher> matchers;

        Kept(List<String> globs) {
            this.globs = List.copyOf(globs);
        }

        @Override
        public boolean call(Row file) {
            if (matchers == null) {
                List<PathMatcher> m = new ArrayList<>();
                for (String g : globs) {
                    m.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
                }
                matchers = m;
            }
            Path p = Path.of(Sources.of(file.getString(0)));
            for (PathMatcher m : matchers) {
                if (m.matches(p)) {
                    return false;
                }
            }
            return true;
        }
    }
}
