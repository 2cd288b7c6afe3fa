package dev.gongkai.spark.internal;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The last step: a document's own findings with what the batch step added ({@link BatchFindings}), its
 * status with them (the worst of its findings, as {@code gongkai check} gives it), and its organ key.
 */
public final class Merge implements MapFunction<Row, Row> {

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
            .add("report", DataTypes.StringType, true)
            .add("problems", DataTypes.createArrayType(DataTypes.StringType, false), false);

    @Override
    public Row call(Row r) {
        String status = r.getAs("status");
        int errors = r.<Integer>getAs("errors");
        int warnings = r.<Integer>getAs("warnings");
        int infos = r.<Integer>getAs("infos");
        String findings = r.getAs("findings");
        int added = r.fieldIndex("added");
        if (!r.isNullAt(added)) {
            findings = BatchFindings.append(findings, r.getString(added));
            errors += r.<Integer>getAs("added_errors");
            warnings += r.<Integer>getAs("added_warnings");
            infos += r.<Integer>getAs("added_infos");
            status = Documents.status(errors, warnings);
        }
        Object problems = r.get(r.fieldIndex("problems"));
        return RowFactory.create(r.getAs("source"), r.getAs("organ"), r.getAs("organ_key"), r.getAs("year"), r.getAs("edition"),
                status, r.getAs("parser"), r.getAs("reason"), errors, warnings, infos, findings, r.getAs("report"),
                problems instanceof scala.collection.Seq<?> s ? scala.jdk.javaapi.CollectionConverters.asJava(s).toArray(new String[0])
                        : problems);
    }
}
