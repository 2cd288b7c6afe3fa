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

    static final String FORMAT = "gongkai.journal/1";
    static final String FOLDER = ".gongkai";
    private static final Pattern NAME = Pattern.compile("journal-(\\d+)\\.tsv");
    private static final ObjectReader ROW_READER = OutDir.JSON.readerFor(Row.class);
    private static final ObjectWriter ROW_WRITER = OutDir.JSON.writerFor(Row.class);
    private static final ObjectReader KEY_READER = OutDir.JSON.readerFor(YearKey.class);
    private static final ObjectWriter KEY_WRITER = OutDir.JSON.writerFor(YearKey.class);
    private static final ObjectReader STRING_READER = OutDir.JSON.readerFor(String.class);
    private static final long FLUSH_NANOS = 1_000_000_000L;

    /**
     * One file as the journal holds it.
     *
     * @param outName the file's out name
     * @param hash the SHA-256 of its content, or {@code null}
     * @param findings its findings.jsonl line, or {@code null} when skipped
     * @param csv its summary.csv line, without the line end
     * @param rowJson its row, as JSON without the findings line
     * @param keyJson its {@link YearKey} as JSON, or {@code "null"}
     */
    record Entry(String outName, String hash, String findings, String csv, String rowJson, String keyJson) {

        /** The row, with its findings line. */
        Row row() {
            try {
                Row r = ROW_READER.readValue(rowJson);
                return r.withFindingsJson(findings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The key, or {@code null}. */
        YearKey key() {
            try {
                return keyJson.equals("null") ? null : KEY_READER.readValue(keyJson);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String line() throws IOException {
            return OutDir.JSON.writeValueAsString(outName) + '\t' + OutDir.JSON.writeValueAsString(hash) + '\t'
                    + (findings == null ? "null" : findings) + '\t' + OutDir.JSON.writeValueAsString(csv) + '\t'
                    + rowJson + '\t' + keyJson;
        }

        /** The entry of a line, or {@code null} when the line is not one. */
        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                return null;
            }
            try {
                String outName = STRING_READER.readValue(f[0]);
                String hash = STRING_READER.readValue(f[1]);
                String csv = STRING_READER.readValue(f[3]);
                if (outName == null || csv == null || !f[4].startsWith("{") || !f[4].endsWith("}")) {
                    return null;
                }
                return new Entry(outName, hash, f[2].equals("null") ? null : f[2], csv, f[4], f[5]);
            } catch (IOException e) {
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
        out.write(e.line());
        out.newLine();
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
            Entry e = line == null ? null : Entry.parse(line);
            if (e == null) {
                done = true;
            }
            return e;
        }

        @Override
        public void close() throws IOException {
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
