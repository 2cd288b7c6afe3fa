package dev.gongkai.spark.internal;

import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.ReportDigest;
import dev.gongkai.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The batch step for one organ and year, on the executors: the row holds the documents of one organ key
 * and one year ({@code members}; may be empty) and those of the year before ({@code previous}, null or empty when none), each
 * as its source and {@link ReportDigest}. As {@link dev.gongkai.validation.BatchPairing} pairs a batch:
 * the documents of one organ and year are each other's duplicates, in source order; the previous year's
 * report is the first of that year's documents in source order. Each document that meets another gets
 * {@link Validator#batchFindings} (the library's cross-year rules, {@code batch.duplicate} and, when a
 * member holds its organ's {@code subordinates} in a hierarchy, {@code batch.hierarchy-sum}), as
 * {@code gongkai check} runs them on the same digests.
 */
public final class BatchFindings implements FlatMapFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** What the step adds to a document: its findings as the body of a findings array, and their counts. */
    public static final StructType SCHEMA = new StructType()
            .add("part", DataTypes.IntegerType, false)
            .add("source", DataTypes.StringType, false)
            .add("added", DataTypes.StringType, false)
            .add("added_errors", DataTypes.IntegerType, false)
            .add("added_warnings", DataTypes.IntegerType, false)
            .add("added_infos", DataTypes.IntegerType, false);

    /**
     * The fields of a member struct, in order: the digest and {@code part}, the partition of the documents
     * table the document lies in (where its findings go back to, {@link MergePartition}).
     */
    public static final String[] MEMBER = {"source", "organ", "year", "edition", "digest_collapsed", "digest_unmapped",
        "digest_cells", "part"};

    /** What {@link FindingsJson#toJsonLine} writes before the findings of a document without source or report. */
    private static final String EMPTY_HEAD = "{\"schema\":\"" + FindingsJson.SCHEMA_ID + "\",\"source\":null,\"report\":null,\"findings\":[";

    private final String config;

    /** @param config the rule configuration (JSON), or "" for the defaults */
    public BatchFindings(String config) {
        this.config = config;
    }

    /** A document of the group: its source, digest, and the subordinates' digests when a hierarchy is given. */
    private record Member(String source, int part, ReportDigest digest, List<dev.gongkai.model.Report> subordinates) {}

    @Override
    public Iterator<Row> call(Row group) {
        List<Member> members = members(group.getList(group.fieldIndex("members")));
        int p = group.fieldIndex("previous");
        List<Member> before = group.isNullAt(p) ? List.of() : members(group.getList(p));
        if (members.isEmpty() || members.size() < 2 && before.isEmpty() && members.get(0).subordinates().isEmpty()) {
            return java.util.Collections.emptyIterator();
        }
        Validator validator = Validators.of(config);
        dev.gongkai.model.Report previous = before.isEmpty() ? null : before.get(0).digest().toReport();
        List<NamedReport> named = new ArrayList<>(members.size());
        for (Member m : members) {
            named.add(new NamedReport(m.source(), m.digest().toReport()));
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            List<NamedReport> others = new ArrayList<>(named);
            others.remove(i);
            List<Finding> added = validator.batchFindings(named.get(i).report(), previous, others, members.get(i).subordinates());
            if (!added.isEmpty()) {
                int[] c = Documents.counts(added);
                out.add(RowFactory.create(members.get(i).part(), named.get(i).name(), body(added), c[0], c[1], c[2]));
            }
        }
        return out.iterator();
    }

    private static List<Member> members(List<Row> rows) {
        List<Member> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<dev.gongkai.model.Report> subs = new ArrayList<>();
            if (r.length() > MEMBER.length && !r.isNullAt(MEMBER.length)) {
                for (Row s : r.<Row>getList(MEMBER.length)) {
                    subs.add(digest(s).toReport());
                }
            }
            out.add(new Member(r.getString(0), r.getInt(7), digest(r), subs));
        }
        out.sort(Comparator.comparing(Member::source));
        return out;
    }

    private static ReportDigest digest(Row r) {
        return new ReportDigest(r.getString(1), r.getInt(2), r.getString(3), r.getBoolean(4), r.getString(5), r.getString(6));
    }

    /** The findings as they stand inside a {@code gongkai.findings/1} array. */
    static String body(List<Finding> findings) {
        String line = FindingsJson.toJsonLine(null, null, findings);
        if (!line.startsWith(EMPTY_HEAD) || !line.endsWith("]}")) {
            throw new IllegalStateException("unexpected findings line: " + line);
        }
        return line.substring(EMPTY_HEAD.length(), line.length() - 2);
    }

    /** A document's findings line with findings appended to its array, as {@code gongkai check} merges them. */
    public static String append(String line, String body) {
        if (body == null || body.isEmpty()) {
            return line;
        }
        String head = line.substring(0, line.length() - 2);
        return head + (head.endsWith("[") ? "" : ",") + body + "]}";
    }
}
