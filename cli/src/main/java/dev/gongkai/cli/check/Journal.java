package dev.gongkai.cli.check;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import dev.gongkai.validation.ReportDigest;

/**
 * The journal of a batch's output folder ({@code .gongkai/journal-N.tsv}): one line per file, appended
 * after the file's own outputs are written and in the order of the walk, holding all the outputs need
 * of it: its out name, the SHA-256 of its content, its findings line, its summary.csv line, its row (for
 * report.html) and what the second pass keeps of it ({@link YearKey}). The final outputs are written from
 * it, and {@code --resume} restores from it the files whose content is unchanged.
 *
 * <p>Lines are written whole through a buffer and never synced: a process killed with {@code kill -9}
 * loses at most the lines still in its buffer, and a last line cut short (no line end) or that does not
 * parse ends what is read of a journal. Its first line names the configuration it was written under (a
 * fingerprint of the gongkai version, the rule configuration, the language, excludes, inputs and
 * timeout): a journal of another configuration is never read. A run that resumes writes a new
 * generation ({@code journal-(N+1)}), reading the ones before it (the newest first) as it walks; once
 * the batch is done the older generations are deleted. A run that does not resume deletes them all.
 */
public final class Journal implements Closeable {

    static final String FORMAT = "gongkai.journal/2";
    private static final java.util.Base64.Encoder BASE64 = java.util.Base64.getEncoder().withoutPadding();
    private static final java.util.Base64.Decoder BASE64_DECODER = java.util.Base64.getDecoder();
    static final String FOLDER = ".gongkai";
    private static final Pattern NAME = Pattern.compile("journal-(\\d+)\\.tsv");
    private static final ObjectReader ROW_READER = OutDir.JSON.readerFor(Row.class);
    private static final ObjectWriter ROW_WRITER = OutDir.JSON.writerFor(Row.class);
    private static final long FLUSH_NANOS = 1_000_000_000L;

    /**
     * One file as the journal holds it.
     *
     * @param outName the file's out name
     * @param hash the SHA-256 of its content, or {@code null}
     * @param findings its findings.jsonl line, or {@code null} when skipped
     * @param csv its summary.csv line, without the line end
     * @param rowJson its row, as JSON without the findings line and without the findings' messages (which the
     *     findings line holds)
     * @param keyText its {@link YearKey} ({@link #key(YearKey)}), or {@code "null"}
     */
    record Entry(String outName, String hash, String findings, String csv, String rowJson, String keyText) {

        private static final char FIELD = '\u0001';

        /** The row, with its findings line and the findings' messages taken from it. */
        Row row() {
            try {
                Row r = ROW_READER.readValue(rowJson);
                return withMessages(r.withFindingsJson(findings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The key, or {@code null}. */
        YearKey key() {
            if (keyText.equals("null")) {
                return null;
            }
            String[] f = keyText.split(String.valueOf(FIELD), 8);
            return new YearKey(f[0], new ReportDigest(f[1], Integer.parseInt(f[2]), f[3], f[4].equals("1"), f[5], f[7]),
                    Status.valueOf(f[6]));
        }

        /** A key as an entry holds it: its fields, the packed cells last. */
        static String key(YearKey k) {
            if (k == null) {
                return "null";
            }
            ReportDigest d = k.digest();
            return k.source() + FIELD + d.organ() + FIELD + d.year() + FIELD + d.edition() + FIELD
                    + (d.collapsed() ? "1" : "0") + FIELD + d.unmapped() + FIELD + k.status().name() + FIELD + d.cells();
        }

        /** A row as an entry holds it: the findings' messages left out (the findings line holds them). */
        static String rowJson(Row row) throws IOException {
            List<Issue> bare = new ArrayList<>(row.issues().size());
            for (Issue i : row.issues()) {
                bare.add(new Issue(i.rule(), i.level(), i.table(), i.row(), i.column(), i.section(), i.expected(),
                        i.actual(), null, null, i.span()));
            }
            return ROW_WRITER.writeValueAsString(new Row(row.source(), row.json(), row.status(), row.parser(), row.organ(),
                    row.year(), row.edition(), row.reason(), bare, null, row.notes()));
        }

        private static Row withMessages(Row r) throws IOException {
            if (r.findingsJson() == null || r.issues().isEmpty() || r.issues().get(0).zh() != null) {
                return r;
            }
            var found = OutDir.JSON.readTree(r.findingsJson()).path("findings");
            if (found.size() != r.issues().size()) {
                throw new IOException("a journal entry's findings do not match its row");
            }
            List<Issue> full = new ArrayList<>(r.issues().size());
            for (int n = 0; n < r.issues().size(); n++) {
                Issue i = r.issues().get(n);
                var m = found.get(n).path("message");
                full.add(new Issue(i.rule(), i.level(), i.table(), i.row(), i.column(), i.section(), i.expected(),
                        i.actual(), m.path("zh").asText(), m.path("en").asText(), i.span()));
            }
            return new Row(r.source(), r.json(), r.status(), r.parser(), r.organ(), r.year(), r.edition(), r.reason(),
                    full, r.findingsJson(), r.notes());
        }

        /** The entry as bytes, before compression. */
        byte[] record() {
            return new Records.Out().string(outName).string(hash).string(findings).string(csv).string(rowJson)
                    .string(keyText).bytes();
        }

        /** The entry of a record, or {@code null} when the record is not one. */
        static Entry of(byte[] record) {
            try {
                Records.In in = new Records.In(record);
                Entry e = new Entry(in.string(), in.string(), in.string(), in.string(), in.string(), in.string());
                if (e.outName() == null || e.csv() == null || e.rowJson() == null || e.keyText() == null
                        || !e.rowJson().startsWith("{") || !e.rowJson().endsWith("}")) {
                    return null;
                }
                return e;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private final Path folder;
    private final String fingerprint;
    private final Path file;
    private final List<Path> older;
    private final List<Cursor> cursors = new ArrayList<>();
    private BufferedWriter out;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] deflated = new byte[1 << 16];
    private long lastFlush = System.nanoTime();
    private int written;

    private Journal(Path folder, String fingerprint, Path file, List<Path> older) {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.file = file;
        this.older = older;
    }

    /**
     * Opens the journal of an output folder for a new run.
     *
     * @param outDir the output folder
     * @param fingerprint the configuration of this run
     * @param resume whether to read what earlier runs of the same configuration recorded
     */
    public static Journal open(Path outDir, String fingerprint, boolean resume) throws IOException {
        Path folder = outDir.resolve(FOLDER);
        Files.createDirectories(folder);
        List<Path> generations = generations(folder);
        int next = 1;
        List<Path> readable = new ArrayList<>();
        for (Path g : generations) {
            next = Math.max(next, generation(g) + 1);
            if (resume && fingerprint.equals(header(g))) {
                readable.add(0, g); // newest first
            } else {
                Files.delete(g);
            }
        }
        Journal j = new Journal(folder, fingerprint, folder.resolve("journal-" + next + ".tsv"), readable);
        j.out = Files.newBufferedWriter(j.file, StandardCharsets.UTF_8);
        j.out.write(OutDir.JSON.writeValueAsString(java.util.Map.of("journal", FORMAT, "fingerprint", fingerprint)));
        j.out.newLine();
        j.out.flush();
        return j;
    }

    /** Whether an earlier run left entries to resume from. */
    public boolean resuming() {
        return !older.isEmpty();
    }

    /** The file this run writes. */
    Path file() {
        return file;
    }

    private static List<Path> generations(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                if (NAME.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingInt(Journal::generation));
        return out;
    }

    private static int generation(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The fingerprint a journal file was written under, or {@code null}. */
    static String header(Path journal) {
        try (Lines in = new Lines(Files.newInputStream(journal))) {
            String first = in.next();
            if (first == null) {
                return null;
            }
            var node = OutDir.JSON.readTree(first);
            if (!FORMAT.equals(node.path("journal").asText())) {
                return null;
            }
            return node.path("fingerprint").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The entry an earlier run recorded for a file, or {@code null}. Called in the order of the walk
     * ({@code order} compares out names as the walk does), from one thread.
     */
    Entry earlier(String outName, ToIntBiFunction<String, String> order) throws IOException {
        if (cursors.isEmpty() && !older.isEmpty()) {
            for (Path p : older) {
                cursors.add(new Cursor(p));
            }
        }
        Entry found = null;
        for (Cursor c : cursors) {
            Entry e = c.seek(outName, order);
            if (found == null) {
                found = e;
            }
        }
        return found;
    }

    /** Appends a file's entry; flushed when a second has passed since the last flush. */
    void append(Entry e) throws IOException {
        deflater.setInput(e.record());
        StringBuilder line = new StringBuilder(1024);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1024);
        int n;
        do {
            n = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
            bytes.write(deflated, 0, n);
        } while (n == deflated.length || !deflater.needsInput());
        line.append(BASE64.encodeToString(bytes.toByteArray()));
        out.write(line.toString());
        out.write('\n');
        written++;
        long now = System.nanoTime();
        if (now - lastFlush > FLUSH_NANOS) {
            flush();
        }
    }

    /** Hands what is buffered to the operating system. */
    void flush() throws IOException {
        out.flush();
        lastFlush = System.nanoTime();
    }

    /** How many entries this run wrote. */
    int written() {
        return written;
    }

    /** Ends this run's writing; the older generations are no longer read. */
    @Override
    public void close() throws IOException {
        for (Cursor c : cursors) {
            c.close();
        }
        cursors.clear();
        if (out != null) {
            out.close();
            out = null;
            deflater.end();
        }
    }

    /** Deletes the generations before this run's: the batch is done and this run's journal holds every file. */
    void dropOlder() throws IOException {
        for (Path p : older) {
            Files.deleteIfExists(p);
        }
    }

    /** Reads this run's entries, in order. */
    Reader read() throws IOException {
        return new Reader(file);
    }

    /** The entries of a journal file, after its header, up to its first line that is cut short or not an entry. */
    static final class Reader implements Closeable {
        private final Lines in;
        private final Inflater inflater = new Inflater(true);
        private byte[] inflated = new byte[1 << 14];
        private boolean done;

        Reader(Path file) throws IOException {
            in = new Lines(Files.newInputStream(file));
            done = in.next() == null;
        }

        /** The next entry, or {@code null} at the end. */
        Entry next() throws IOException {
            if (done) {
                return null;
            }
            String line = in.next();
            Entry e = line == null ? null : decode(line);
            if (e == null) {
                done = true;
            }
            return e;
        }

        /** The entry of a line, inflated with what the lines before left, or {@code null} when the line is not one. */
        private Entry decode(String line) {
            try {
                inflater.setInput(BASE64_DECODER.decode(line));
                int n = 0;
                while (true) {
                    if (n == inflated.length) {
                        inflated = java.util.Arrays.copyOf(inflated, n * 2);
                    }
                    int r = inflater.inflate(inflated, n, inflated.length - n);
                    n += r;
                    if (r == 0 && inflater.needsInput()) {
                        break;
                    }
                    if (inflater.finished() || (r == 0 && inflater.needsDictionary())) {
                        return null;
                    }
                }
                return Entry.of(java.util.Arrays.copyOf(inflated, n));
            } catch (IllegalArgumentException | java.util.zip.DataFormatException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            inflater.end();
            in.close();
        }
    }

    /** An older generation read alongside the walk. */
    private static final class Cursor implements Closeable {
        private final Reader reader;
        private Entry head;

        Cursor(Path file) throws IOException {
            reader = new Reader(file);
            head = reader.next();
        }

        /** Skips the entries before {@code outName}; returns its entry if it is next. */
        Entry seek(String outName, ToIntBiFunction<String, String> order) throws IOException {
            while (head != null && order.applyAsInt(head.outName(), outName) < 0) {
                head = reader.next();
            }
            if (head != null && head.outName().equals(outName)) {
                Entry e = head;
                head = reader.next();
                return e;
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Whole lines of UTF-8: a last line without its line end is not returned. */
    static final class Lines implements Closeable {
        private final InputStream in;
        private byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next whole line, or {@code null} at the end or before a line cut short. */
        String next() throws IOException {
            int scanned = pos;
            while (true) {
                for (int i = scanned; i < end; i++) {
                    if (buf[i] == '\n') {
                        int n = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                        String line = new String(buf, pos, n - pos, StandardCharsets.UTF_8);
                        pos = i + 1;
                        return line;
                    }
                }
                scanned = end;
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, end - pos);
                    end -= pos;
                    scanned -= pos;
                    pos = 0;
                }
                if (end == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int r = in.read(buf, end, buf.length - end);
                if (r < 0) {
                    return null;
                }
                end += r;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
