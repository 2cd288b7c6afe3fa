package dev.gongkai.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes findings as {@code gongkai.findings/1} (SPEC section 7): one object per validated document,
 * with {@code schema}, {@code source}, {@code report} ({@code edition}, {@code year}, {@code organ}; {@code null}
 * for a document that could not be read) and {@code findings}, each with {@code rule}, {@code severity},
 * {@code location} ({@code table}, {@code row}, {@code column}, {@code section}), {@code expected},
 * {@code actual} and {@code message} ({@code zh}, {@code en}). Thread-safe.
 *
 * @since 0.1
 */
public final class FindingsJson {

    /** The value of the {@code schema} field. */
    public static final String SCHEMA_ID = "gongkai.findings/1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private FindingsJson() {}

    /** The findings of one document as pretty-printed JSON. */
    public static String toJson(String source, Report report, List<Finding> findings) {
        StringWriter w = new StringWriter();
        try {
            write(source, report, findings, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The findings of one document as JSON on one line, as a line of a JSONL file. */
    public static String toJsonLine(String source, Report report, List<Finding> findings) {
        StringWriter w = new StringWriter();
        try {
            write(source, report, findings, w, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * Writes the findings of one document. The writer is not closed.
     *
     * @param source the document's name or path as the caller knows it, or {@code null}
     * @param report the report, or {@code null} when the document could not be read
     */
    public static void write(String source, Report report, List<Finding> findings, Writer out) throws IOException {
        write(source, report, findings, out, true);
    }

    private static void write(String source, Report report, List<Finding> findings, Writer out, boolean pretty)
            throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
                DefaultIndenter lf = new DefaultIndenter("  ", "\n");
                pp.indentObjectsWith(lf);
                pp.indentArraysWith(lf);
                g.setPrettyPrinter(pp);
            }
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA_ID);
            g.writeStringField("source", source);
            if (report == null) {
                g.writeNullField("report");
            } else {
                g.writeObjectFieldStart("report");
                g.writeStringField("edition", report.edition().code());
                if (report.year() == null) {
                    g.writeNullField("year");
                } else {
                    g.writeNumberField("year", report.year());
                }
                g.writeStringField("organ", report.organ());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().name());
        g.writeObjectFieldStart("location");
        g.writeStringField("table", f.location().table());
        g.writeStringField("row", f.location().row());
        g.writeStringField("column", f.location().column());
        g.writeStringField("section", f.location().section());
        g.writeEndObject();
        number(g, "expected", f.expected());
        number(g, "actual", f.actual());
        g.writeObjectFieldStart("message");
        g.writeStringField("zh", f.message(Locale.CHINESE));
        g.writeStringField("en", f.message(Locale.ENGLISH));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(ReportJson.canonical(v));
        }
    }
}
