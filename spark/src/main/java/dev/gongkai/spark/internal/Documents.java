package dev.gongkai.spark.internal;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.validation.DocumentCheck;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.ReportDigest;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The first step, on the executors: one row of a {@code binaryFile} table (path, content) → one row of the
 * documents table ({@link #SCHEMA}): read as {@code gongkai check} reads a file ({@link DocumentCheck}),
 * validated alone, its findings as the {@code gongkai.findings/1} line, its canonical JSON and its
 * {@link ReportDigest} for the batch step. A file that cannot be read, or that takes longer than the time
 * limit, is a {@code document.unreadable} row, never a failed task.
 */
public final class Documents implements MapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The documents table. */
    public static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("status", DataTypes.StringType, false)
            .add("parser", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("organ", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("edition", DataTypes.StringType, true)
            .add("errors", DataTypes.IntegerType, false)
            .add("warnings", DataTypes.IntegerType, false)
            .add("infos", DataTypes.IntegerType, false)
            .add("findings", DataTypes.StringType, true)
            // UTF-8 bytes, not a string: half the memory of a Java string holding Chinese while the documents
            // are kept between the parse and the merge, and copied, not encoded, when a block goes to disk
            .add("report", DataTypes.BinaryType, true)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("digest_collapsed", DataTypes.BooleanType, true)
            .add("digest_unmapped", DataTypes.StringType, true)
            .add("digest_cells", DataTypes.StringType, true);

    /** The fields of {@link BatchFindings#MEMBER}: a digested document's digest and the partition it lies in. */
    public static final StructType MEMBERS = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("organ", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("edition", DataTypes.StringType, true)
            .add("digest_collapsed", DataTypes.BooleanType, true)
            .add("digest_unmapped", DataTypes.StringType, true)
            .add("digest_cells", DataTypes.StringType, true)
            .add("part", DataTypes.IntegerType, false);

    /** A row of {@link #call} with its schema (read by field name later). */
    public static Row withSchema(Row r) {
        Object[] values = new Object[r.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.get(i);
        }
        return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, SCHEMA);
    }

    /** The {@link #MEMBERS} rows of the digested documents of partition {@code part}. */
    public static Iterator<Row> members(Integer part, Iterator<Row> documents) {
        List<Row> out = new ArrayList<>();
        while (documents.hasNext()) {
            Row d = documents.next();
            if (!d.isNullAt(15)) {
                out.add(RowFactory.create(d.get(0), d.get(4), d.get(5), d.get(6), d.get(13), d.get(14), d.get(15), part));
            }
        }
        return out.iterator();
    }

    /** The distinct organ names of the digested documents of a partition. */
    public static Iterator<String> organs(Iterator<Row> documents) {
        java.util.Set<String> out = new java.util.HashSet<>();
        while (documents.hasNext()) {
            Row d = documents.next();
            if (!d.isNullAt(15) && !d.isNullAt(4)) {
                out.add(d.getString(4));
            }
        }
        return out.iterator();
    }

    /** Threads that run a document under the time limit; daemons, made as needed. */
    private static final ExecutorService LIMITED = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gongkai-document");
        t.setDaemon(true);
        return t;
    });

    private final String config;
    private final long timeoutMillis;
    private final Broadcast<HadoopConf> hadoop;
    private final LongAccumulator read;

    /**
     * @param config the rule configuration (JSON), or "" for the defaults
     * @param timeoutMillis the time limit per file, 0 for none
     * @param hadoop null when the rows hold the content ({@code path}, {@code content}); else the rows hold
     *     only the path and the file is read through Hadoop's file system with this configuration (broadcast:
     *     read once per executor)
     * @param read counts the files read (null: not counted)
     */
    public Documents(String config, long timeoutMillis, Broadcast<HadoopConf> hadoop, LongAccumulator read) {
        this.config = config;
        this.timeoutMillis = timeoutMillis;
        this.hadoop = hadoop;
        this.read = read;
    }

    @Override
    public Row call(Row file) {
        String path = file.getString(0);
        String source = hadoop != null ? Sources.ofListed(path) : Sources.of(path);
        if (read != null) {
            read.add(1);
        }
        Validator validator = Validators.of(config);
        if (timeoutMillis <= 0) {
            return check(path, source, file, validator);
        }
        Future<Row> f = LIMITED.submit(() -> check(path, source, file, validator));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return unreadable(source, "took longer than the time limit of " + seconds(timeoutMillis)
                    + " s per file; reading was cut off");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        } catch (ExecutionException e) {
            return unreadable(source, "reading failed: " + e.getCause());
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
    }

    private Row check(String path, String source, Row file, Validator validator) {
        byte[] content;
        if (hadoop == null) {
            content = file.isNullAt(1) ? new byte[0] : (byte[]) file.get(1);
        } else if (Sources.isLocal(path)) {
            // a local file read by the JDK: Hadoop's local file system would look up the file system and the
            // user, and look for a checksum file beside it, for every file
            try {
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(source))) {
                    content = in.readNBytes(READ_LIMIT);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                return unreadable(source, "cannot read the file: it is no longer there");
            } catch (java.nio.file.AccessDeniedException e) {
                return unreadable(source, "cannot read the file: permission denied");
            } catch (java.io.IOException e) {
                return unreadable(source, "cannot read the file: " + e.getMessage());
            }
        } else {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            try (java.io.InputStream in = p.getFileSystem(hadoop.value().get()).open(p)) {
                content = in.readNBytes(READ_LIMIT);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return unreadable(source, "cannot read the file: " + e.getMessage());
            }
        }
        return check(source, content, validator);
    }

    /**
     * How much of a file is read: one byte more than a reader takes ({@link ParseContext#DEFAULT_MAX_BYTES}),
     * so a larger file is refused by the reader as {@code gongkai check} refuses it, not held whole in memory.
     */
    static final int READ_LIMIT = (int) ParseContext.DEFAULT_MAX_BYTES + 1;

    /** Reads and validates one document alone. */
    static Row check(String source, byte[] content, Validator validator) {
        DocumentCheck.Read read = DocumentCheck.read(source, Sources.fileName(source), () -> new ByteArrayInputStream(content));
        if (read.kind() == DocumentCheck.Kind.SKIPPED) {
            return RowFactory.create(source, "skipped", null, read.reason(), null, null, null, 0, 0, 0, null, null,
                    new String[0], null, null, null);
        }
        if (read.kind() == DocumentCheck.Kind.UNREADABLE) {
            return unreadable(source, read.reason(), read.finding());
        }
        ParseResult parsed = read.parsed();
        Report report = parsed.report();
        List<Finding> findings;
        try {
            findings = validator.validate(report);
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(source, DocumentCheck.validationFailed(e));
        }
        int[] counts = counts(findings);
        List<String> problems = new ArrayList<>(parsed.problems().size());
        for (Problem p : parsed.problems()) {
            problems.add(p.code());
        }
        ReportDigest d = ReportDigest.of(report);
        return RowFactory.create(source, status(counts[0], counts[1]), parsed.parser(), null, report.organ(), report.year(),
                report.edition().code(), counts[0], counts[1], counts[2], FindingsJson.toJsonLine(source, report, findings),
                oneLine(ReportJson.toJson(report)).getBytes(StandardCharsets.UTF_8), problems.toArray(new String[0]),
                d == null ? null : d.collapsed(), d == null ? null : d.unmapped(), d == null ? null : d.cells());
    }

    /**
     * The pretty-printed JSON on one line: each line break and the white space after it removed (JSON strings
     * hold no raw line break, so only the layout goes). A loop, not a regular expression: it runs once per
     * report, over its whole canonical JSON.
     */
    static String oneLine(String json) {
        StringBuilder out = new StringBuilder(json.length());
        int n = json.length();
        int i = 0;
        while (i < n) {
            char c = json.charAt(i++);
            if (c != '\n') {
                out.append(c);
                continue;
            }
            while (i < n && space(json.charAt(i))) {
                i++;
            }
        }
        return out.toString();
    }

    /** White space as {@code \s} in a regular expression. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static Row unreadable(String source, String reason) {
        return unreadable(source, reason, Finding.unreadable(reason));
    }

    static Row unreadable(String source, String reason, Finding finding) {
        String findings = FindingsJson.toJsonLine(source, null, List.of(finding));
        return RowFactory.create(source, "unreadable", null, reason, null, null, null, 1, 0, 0, findings, null,
                new String[0], null, null, null);
    }

    /** ERROR, WARNING and INFO findings. */
    static int[] counts(List<Finding> findings) {
        int[] c = new int[3];
        for (Finding f : findings) {
            c[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
        }
        return c;
    }

    /** The status of a read report, as {@code gongkai check} names it. */
    static String status(int errors, int warnings) {
        return errors > 0 ? "error" : warnings > 0 ? "warning" : "ok";
    }
}
