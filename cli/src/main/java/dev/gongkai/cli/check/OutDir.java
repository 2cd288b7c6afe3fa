package dev.gongkai.cli.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.json.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The output folder: {@code reports/…json} (one canonical JSON per report, written by the workers), the
 * {@link Journal} (a line per file as it finishes, in the order of the walk), and at the end, written
 * from the journal in one pass with the second pass's findings merged in, {@code findings.jsonl} and
 * {@code summary.csv} (a line per file, in the order of the walk) and, side by side with them on a thread of its own,
 * {@code report.html}.
 */
public final class OutDir implements Sink {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();


    private final Path dir;
    private final Tally tally;
    private final String lang;
    private final Journal journal;
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** An output folder whose journal is started afresh (for tests: no configuration to tell apart). */
    public OutDir(Path dir, Tally tally, String lang) throws IOException {
        this(dir, tally, lang, "", false);
    }

    /**
     * @param fingerprint the configuration of this run (see {@link Journal})
     * @param resume whether files unchanged since an earlier run of the same configuration are restored
     */
    public OutDir(Path dir, Tally tally, String lang, String fingerprint, boolean resume) throws IOException {
        this.dir = dir;
        this.tally = tally;
        this.lang = lang;
        Files.createDirectories(dir.resolve("reports"));
        journal = Journal.open(dir, fingerprint, resume);
    }

    /** The folder the batch's second pass spills to: the journal's, so that nothing is left in the system's temporary folder. */
    public Path spillDir() {
        return dir.resolve(Journal.FOLDER);
    }

    /** The journal this run writes and, when resuming, reads. */
    public Journal journal() {
        return journal;
    }

    /** Where a report's canonical JSON goes, relative to the folder. */
    static String jsonPath(Outcome o) {
        return o.restored() != null ? o.restored().json() : o.report() == null ? null : "reports/" + o.input().outName() + ".json";
    }

    @Override
    public void writeOwn(Outcome o) throws IOException {
        if (o.restored() != null || o.report() == null) {
            return;
        }
        Path f = dir.resolve(jsonPath(o));
        Path parent = f.getParent();
        if (!folders.contains(parent)) { // once per folder, not two system calls per file
            Files.createDirectories(parent);
            folders.add(parent);
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 14)) {
            ReportJson.write(o.report(), out);
        }
    }

    @Override
    public void accept(Outcome o) throws IOException {
        Row row = Row.of(o, jsonPath(o));
        StringBuilder csv = new StringBuilder(160);
        SummaryCsv.row(csv, row);
        journal.append(new Journal.Entry(o.input().outName(), o.hash(), row.findingsJson(), csv.toString(),
                Journal.Entry.rowJson(row), Journal.Entry.key(o.key())));
    }

    @Override
    public void idle() throws IOException {
        journal.flush();
    }

    @Override
    public void finish(CrossYear.Result batch) throws IOException {
        journal.close();
        // report.html and the two line files each read the journal on their own: written side by side
        java.util.concurrent.FutureTask<Void> page = new java.util.concurrent.FutureTask<>(() -> {
            try (Writer w = Files.newBufferedWriter(dir.resolve("report.html"), StandardCharsets.UTF_8)) {
                new HtmlReport(tally, lang, dir).write(w, () -> Rows.read(journal, batch));
            }
            return null;
        });
        Thread pageThread = new Thread(page, "gongkai-report-html");
        pageThread.setDaemon(true);
        pageThread.start();
        try {
            lines(batch);
        } finally {
            awaitPage(page);
        }
        journal.dropOlder();
    }

    /** Writes findings.jsonl and summary.csv from the journal, the second pass's findings merged in. */
    private void lines(CrossYear.Result batch) throws IOException {
        try (Journal.Reader in = journal.read();
                BufferedWriter f = Files.newBufferedWriter(dir.resolve("findings.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            SummaryCsv.header(s);
            for (Journal.Entry e = in.next(); e != null; e = in.next()) {
                String findings = e.findings();
                String csv = e.csv();
                CrossYear.Added a = batch.isEmpty() ? null : batch.added(source(e));
                if (a != null) {
                    Row row = e.row();
                    findings = merge(row.findingsJson(), a.checked().findingsJson());
                    StringBuilder b = new StringBuilder(160);
                    SummaryCsv.row(b, row.with(a, findings));
                    csv = b.toString();
                }
                if (findings != null) {
                    f.write(findings);
                    f.newLine();
                }
                s.write(csv);
                s.write("\r\n");
            }
        }
    }

    /** Waits for report.html; what stopped it is thrown here. */
    private static void awaitPage(java.util.concurrent.FutureTask<Void> page) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    page.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IOException("writing report.html failed: " + c, c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The source of an entry, read from its row without reading the rest. */
    private static String source(Journal.Entry e) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(e.rowJson())) {
            p.nextToken();
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                p.nextToken();
                if (name.equals("source")) {
                    return p.getText();
                }
                p.skipChildren();
            }
        }
        return null;
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

    /** The rows of the journal, read one at a time, with the second pass's findings added. */
    static final class Rows implements Iterable<Row>, AutoCloseable {
        private final Journal.Reader in;
        private final CrossYear.Result crossYear;

        private Rows(Journal.Reader in, CrossYear.Result crossYear) {
            this.in = in;
            this.crossYear = crossYear;
        }

        static Rows read(Journal journal, CrossYear.Result crossYear) throws IOException {
            return new Rows(journal.read(), crossYear);
        }

        @Override
        public java.util.Iterator<Row> iterator() {
            return new java.util.Iterator<>() {
                private Journal.Entry next = advance();

                private Journal.Entry advance() {
                    try {
                        return in.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Row r = next.row();
                    next = advance();
                    CrossYear.Added a = crossYear.isEmpty() ? null : crossYear.added(r.source());
                    return a == null ? r : r.with(a, null);
                }
            };
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
