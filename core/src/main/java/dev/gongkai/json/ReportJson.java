package dev.gongkai.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gongkai.json.internal.ReportReader;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.Uncertainty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the canonical JSON {@code gongkai.report/1} (SPEC section 3): fixed field names and
 * key order, {@code null} for blank, counts as JSON integers, amounts as exact decimals, rows the
 * edition lacks absent. Thread-safe.
 *
 * @since 0.1
 */
public final class ReportJson {

    /** The value of the {@code schema} field. */
    public static final String SCHEMA_ID = "gongkai.report/1";

    /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/dev/gongkai/json/gongkai.report-1.schema.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ReportJson() {}

    /** The report as pretty-printed canonical JSON. */
    public static String toJson(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the report as pretty-printed canonical JSON in UTF-8. The stream is not closed. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(report, g);
        }
    }

    /** Writes the report as pretty-printed canonical JSON. The writer is not closed. */
    public static void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(report, g);
        }
    }

    private static void write(Report r, JsonGenerator g) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        pp.indentObjectsWith(lf);
        pp.indentArraysWith(lf);
        g.setPrettyPrinter(pp);
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA_ID);
        g.writeStringField("edition", r.edition().code());
        if (r.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("organ", r.organ());
        g.writeStringField("title", r.title());
        g.writeStringField("published", r.published() == null ? null : r.published().toString());
        g.writeObjectFieldStart("sections");
        for (Map.Entry<Section, String> e : r.sections().entrySet()) {
            g.writeStringField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        table(g, r.activeDisclosure());
        table(g, r.applications());
        table(g, r.reviewLitigation());
        List<Uncertainty> doubts = r.uncertainties();
        if (!doubts.isEmpty()) {
            g.writeArrayFieldStart("uncertain");
            for (Uncertainty u : doubts) {
                g.writeStartObject();
                g.writeStringField("table", u.table().code());
                g.writeStringField("row", u.row() == null ? null : u.row().code());
                g.writeStringField("column", u.column() == null ? null : u.column().code());
                g.writeStringField("problem", u.problem());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.flush();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void table(JsonGenerator g, StatTable<R, C> t)
            throws IOException {
        g.writeObjectFieldStart(t.id().code());
        for (R row : t.rows()) {
            g.writeObjectFieldStart(row.code());
            for (Map.Entry<C, Cell> e : t.row(row).entrySet()) {
                g.writeFieldName(e.getKey().code());
                BigDecimal v = e.getValue().value();
                if (v == null) {
                    g.writeNull();
                } else if (v.scale() == 0 && v.precision() <= 18) {
                    g.writeNumber(v.longValue()); // a whole number: its canonical form is its digits
                } else {
                    g.writeNumber(canonical(v));
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A number in canonical form: no trailing fractional zeros, no exponent ({@code 6753}, {@code 6858.05}). */
    public static BigDecimal canonical(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Reads a canonical JSON document. The stream is consumed, not closed.
     *
     * @throws ReportFormatException when the document is not JSON or violates the format; the message
     *     names the JSON path, e.g. {@code /applications/granted/total}
     */
    public static Report read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new ReportFormatException("", "not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
        } catch (java.io.CharConversionException e) {
            // the parser's own decoder refused the bytes (a UTF-32 guess on bytes that are no text)
            throw new ReportFormatException("", "not valid JSON: its bytes are not Unicode text", e);
        }
        return ReportReader.read(root);
    }

    /** Reads a canonical JSON document from a string. */
    public static Report read(String json) throws ReportFormatException {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema of {@code gongkai.report/1}, as text. */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
