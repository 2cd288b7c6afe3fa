package dev.gongkai.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.json.ReportJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The output folder: {@code reports/…json} (one canonical JSON per report, written by the workers),
 * {@code findings.jsonl} and {@code summary.csv} (a line per file as it finishes), and at the end
 * {@code report.html}. While the batch runs each file's row also goes to a work file, from which the
 * page is rendered and, when the cross-year pass adds findings, the JSONL and CSV are written again.
 */
public final class OutDir implements Sink {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final ObjectReader ROW_READER = JSON.readerFor(Row.class);
    private static final ObjectWriter ROW_WRITER = JSON.writerFor(Row.class);

    private final Path dir;
    private final Tally tally;
    private final String lang;
    private final Path work;
    private final BufferedWriter findings;
    private final BufferedWriter summary;
    private final BufferedWriter rows;

    public OutDir(Path dir, Tally tally, String lang) throws IOException {
        this.dir = dir;
        this.tally = tally;
        this.lang = lang;
        Files.createDirectories(dir.resolve("reports"));
        work = Files.createTempFile(dir, ".gongkai-rows", ".jsonl");
        findings = Files.newBufferedWriter(dir.resolve("findings.jsonl"), StandardCharsets.UTF_8);
        summary = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8);
        SummaryCsv.header(summary);
        rows = Files.newBufferedWriter(work, StandardCharsets.UTF_8);
    }

    /** Where a report's canonical JSON goes, relative to the folder. */
    static String jsonPath(Outcome o) {
        return o.report() == null ? null : "reports/" + o.input().outName() + ".json";
    }

    @Override
    public void writeOwn(Outcome o) throws IOException {
        String rel = jsonPath(o);
        if (rel != null) {
            Path f = dir.resolve(rel);
            Files.createDirectories(f.getParent());
            try (OutputStream out = Files.newOutputStream(f)) {
                ReportJson.write(o.report(), out);
            }
        }
    }

    @Override
    public void accept(Outcome o) throws IOException {
        Row row = Row.of(o, jsonPath(o));
        write(row);
        rows.write(ROW_WRITER.writeValueAsString(row));
        rows.newLine();
    }

    private void write(Row row) throws IOException {
        if (row.findingsJson() != null) {
            findings.write(row.findingsJson());
            findings.newLine();
        }
        SummaryCsv.row(summary, row);
    }

    @Override
    public void finish(CrossYear.Result batch) throws IOException {
        Map<String, CrossYear.Added> crossYear = batch.added();
        findings.close();
        summary.close();
        rows.close();
        try {
            if (!crossYear.isEmpty()) {
                rewrite(crossYear);
            }
            Path html = dir.resolve("report.html");
            try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                new HtmlReport(tally, lang, dir).write(w, () -> Rows.read(work));
            }
        } finally {
            Files.deleteIfExists(work);
        }
    }

    /** Writes findings.jsonl, summary.csv and the work file again, with the second pass's findings merged in. */
    private void rewrite(Map<String, CrossYear.Added> crossYear) throws IOException {
        Path merged = Files.createTempFile(dir, ".gongkai-rows", ".jsonl");
        try (BufferedReader in = Files.newBufferedReader(work, StandardCharsets.UTF_8);
                BufferedWriter f = Files.newBufferedWriter(dir.resolve("findings.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8);
                BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
            SummaryCsv.header(s);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Row row = ROW_READER.readValue(line);
                CrossYear.Added a = crossYear.get(row.source());
                if (a != null) {
                    row = row.with(a, merge(row.findingsJson(), a.checked().findingsJson()));
                    line = ROW_WRITER.writeValueAsString(row);
                }
                if (row.findingsJson() != null) {
                    f.write(row.findingsJson());
                    f.newLine();
                }
                SummaryCsv.row(s, row);
                w.write(line); // a row without cross-year findings is copied as it is
                w.newLine();
            }
        }
        Files.move(merged, work, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The findings of the second SPEC section 7 object appended to those of the first. */
    static String merge(String first, String second) {
        try {
            ObjectNode a = (ObjectNode) JSON.readTree(first);
            ObjectNode b = (ObjectNode) JSON.readTree(second);
            ((ArrayNode) a.get("findings")).addAll((ArrayNode) b.get("findings"));
            return JSON.writeValueAsString(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a work file, read one at a time. */
    static final class Rows implements Iterable<Row>, AutoCloseable {
        private final BufferedReader in;

        private Rows(BufferedReader in) {
            this.in = in;
        }

        static Rows read(Path file) throws IOException {
            return new Rows(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        }

        @Override
        public java.util.Iterator<Row> iterator() {
            return in.lines().map(l -> {
                try {
                    return ROW_READER.<Row>readValue(l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).iterator();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
