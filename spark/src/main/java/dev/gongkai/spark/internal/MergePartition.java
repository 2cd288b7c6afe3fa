package dev.gongkai.spark.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The last step, one partition of the documents table at a time, where it lies: each document's own
 * findings with what the batch step added ({@link BatchFindings}, sent to this partition by its
 * {@code part}), its status with them (the worst of its findings, as {@code gongkai check} gives it), and
 * its organ key (from the batch's names, broadcast). The documents, their canonical JSON included, never
 * move: only the added findings do.
 */
public final class MergePartition implements FlatMapFunction2<Iterator<Row>, Iterator<Tuple2<Integer, Row>>, Row> {

    private static final long serialVersionUID = 1L;

    /** The findings table. */
    public static final StructType SCHEMA = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("organ", DataTypes.StringType, true)
            .add("organ_key", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("edition", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("parser", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("errors", DataTypes.IntegerType, false)
            .add("warnings", DataTypes.IntegerType, false)
            .add("infos", DataTypes.IntegerType, false)
            .add("findings", DataTypes.StringType, true)
            .add("report", DataTypes.BinaryType, true) // UTF-8, as Documents keeps it; a string column in the table
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private final Broadcast<HashMap<String, String>> keys;

    /** @param keys organ name → organ key, over the names of the batch's digested documents */
    public MergePartition(Broadcast<HashMap<String, String>> keys) {
        this.keys = keys;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents, Iterator<Tuple2<Integer, Row>> added) {
        Map<String, Row> bySource = new HashMap<>();
        while (added.hasNext()) {
            Row a = added.next()._2();
            bySource.put(a.getString(1), a);
        }
        Map<String, String> organKeys = keys.value();
        List<Row> out = new ArrayList<>();
        while (documents.hasNext()) {
            Row d = documents.next();
            String organ = d.getAs("organ");
            String key = organ == null || d.isNullAt(d.fieldIndex("digest_cells")) ? null : organKeys.get(organ);
            out.add(merge(d, key, bySource.get(d.<String>getAs("source"))));
        }
        return out.iterator();
    }

    /** A document's row of the findings table, with the findings the batch added ({@code added}: null when none). */
    static Row merge(Row d, String organKey, Row added) {
        String status = d.getAs("status");
        int errors = d.<Integer>getAs("errors");
        int warnings = d.<Integer>getAs("warnings");
        int infos = d.<Integer>getAs("infos");
        String findings = d.getAs("findings");
        if (added != null) {
            findings = BatchFindings.append(findings, added.getString(2));
            errors += added.getInt(3);
            warnings += added.getInt(4);
            infos += added.getInt(5);
            status = Documents.status(errors, warnings);
        }
        Object problems = d.get(d.fieldIndex("problems"));
        Object report = d.get(d.fieldIndex("report"));
        if (report instanceof String json) { // documents given as a table (GongkaiSpark.findings(Dataset))
            report = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return RowFactory.create(d.getAs("source"), d.getAs("organ"), organKey, d.getAs("year"), d.getAs("edition"),
                status, d.getAs("parser"), d.getAs("reason"), errors, warnings, infos, findings, report,
                problems instanceof scala.collection.Seq<?> s ? scala.jdk.javaapi.CollectionConverters.asJava(s).toArray(new String[0])
                        : problems);
    }
}
