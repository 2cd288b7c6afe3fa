package dev.gongkai.cli.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The data report.html embeds: every file with findings (and no other), streamed from the batch's rows,
 * each as one compact array — folder and name, status, organ, year, edition, reader, counts, its findings
 * (rule, severity, cell, expected, actual, message template and numbers, source position), what the
 * reader reported, and its tables 二, 三 and 四 as read ({@link PageTables}) — followed by the string
 * table ({@link PageStrings}) and the template's layouts. The page draws the list and each file's detail
 * from it in the browser, so its size grows with the files with findings, never with the clean ones.
 *
 * <p>The tables are read back from the canonical JSON the batch wrote ({@code reports/…json}). They are
 * embedded for at most {@code maxTables} files, those with errors first, then warnings, then the rest,
 * each in input order; the page says of the others that their tables are in their JSON.
 *
 * <pre>{"lang", "files": [[folder, name, status, organ, year, edition, reader, errors, warnings, infos,
 *   findings, notes, tables, reason, jsonFolder, jsonName]…], "tablesOmitted", "s": [strings], "layouts", …}</pre>
 */
final class PageData {

    /** Tables are embedded for at most this many files by default. */
    static final int MAX_TABLES = 20_000;

    private final Path outDir;
    private final String lang;
    private final int maxTables;
    private final PageStrings strings = new PageStrings();
    private int listed;

    PageData(Path outDir, String lang, int maxTables) {
        this.outDir = outDir;
        this.lang = lang;
        this.maxTables = maxTables;
    }

    /** How many files the data lists (known after {@link #write}). */
    int listed() {
        return listed;
    }

    /** Writes the data as UTF-8 JSON. */
    void write(OutputStream out, HtmlReport.RowSource rows, Tally tally) throws IOException {
        Map<Status, Integer> quota = quotas(tally);
        int omitted = 0;
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("lang", lang);
            g.writeArrayFieldStart("files");
            try (OutDir.Rows in = rows.open()) {
                for (Row r : in) {
                    if (r.issues().isEmpty()) {
                        continue;
                    }
                    listed++;
                    Integer q = quota.get(r.status());
                    boolean tables = r.json() != null && q != null && q > 0;
                    if (tables) {
                        quota.put(r.status(), q - 1);
                    } else if (r.json() != null) {
                        omitted++;
                    }
                    file(g, r, tables);
                }
            }
            g.writeEndArray();
            g.writeNumberField("tablesOmitted", omitted);
            g.writeNumberField("maxTables", maxTables);
            PageTables.layouts(g);
            PageTables.reviewLayout(g);
            strings.write(g);
            g.writeEndObject();
        }
    }

    /** How many files of each status get their tables: errors first, then warnings, then the rest. */
    private Map<Status, Integer> quotas(Tally tally) {
        Map<Status, Integer> q = new EnumMap<>(Status.class);
        int left = maxTables;
        for (Status s : new Status[] {Status.ERROR, Status.WARNING, Status.OK}) {
            int n = Math.min(left, tally.count(s));
            q.put(s, n);
            left -= n;
        }
        return q;
    }

    private void file(JsonGenerator g, Row r, boolean withTables) throws IOException {
        g.writeStartArray();
        path(g, r.source());
        g.writeNumber(r.status().ordinal());
        g.writeNumber(strings.index(r.organ()));
        if (r.year() == null) {
            g.writeNull();
        } else {
            g.writeNumber(r.year());
        }
        g.writeNumber(strings.index(r.edition()));
        g.writeNumber(strings.index(r.parser()));
        g.writeNumber(r.count(Level.ERROR));
        g.writeNumber(r.count(Level.WARNING));
        g.writeNumber(r.count(Level.INFO));
        g.writeStartArray();
        for (Issue i : r.issues()) {
            finding(g, i);
        }
        g.writeEndArray();
        g.writeStartArray();
        for (ReaderNote n : r.notes()) {
            g.writeStartArray();
            g.writeNumber(strings.index(n.code()));
            message(g, n.message());
            g.writeString(n.span());
            g.writeEndArray();
        }
        g.writeEndArray();
        Report report = withTables ? read(r.json()) : null;
        if (report != null) {
            PageTables.write(g, report, strings);
        } else if (r.json() != null) {
            g.writeNumber(0); // read, but its tables are not embedded (or its JSON could not be read back)
        } else {
            g.writeNull();
        }
        g.writeString(r.reason());
        if (r.json() == null) {
            g.writeNull();
            g.writeNull();
        } else {
            path(g, r.json());
        }
        g.writeEndArray();
    }

    private void finding(JsonGenerator g, Issue i) throws IOException {
        g.writeStartArray();
        g.writeNumber(strings.index(i.rule()));
        g.writeNumber(i.level().ordinal());
        g.writeNumber(strings.index(i.table()));
        g.writeNumber(strings.index(i.row()));
        g.writeNumber(strings.index(i.column()));
        g.writeNumber(strings.index(i.section()));
        number(g, i.expected());
        number(g, i.actual());
        message(g, i.message(lang));
        g.writeString(i.span());
        g.writeEndArray();
    }

    private void message(JsonGenerator g, String text) throws IOException {
        Object[] t = strings.template(text);
        g.writeNumber((Integer) t[0]);
        g.writeString((String) t[1]);
    }

    /** A path as its folder (an index: folders repeat) and its name. */
    private void path(JsonGenerator g, String p) throws IOException {
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1;
        g.writeNumber(strings.index(p.substring(0, cut)));
        g.writeString(p.substring(cut));
    }

    private static void number(JsonGenerator g, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v.toPlainString());
        }
    }

    private Report read(String json) {
        try (InputStream in = Files.newInputStream(outDir.resolve(json))) {
            return ReportJson.read(in);
        } catch (IOException | RuntimeException e) {
            return null; // the list still shows the file and its findings
        }
    }
}
