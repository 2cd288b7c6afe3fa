package dev.gongkai.cli.check;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A temporary file of deflated records, appended to and read back by offset from any thread, so that what a
 * batch keeps per report lies on disk rather than in the heap: the heap holds an offset per record. Deleted
 * when closed (and when the JVM exits, should it not be closed).
 */
final class Spill implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private long size;
    private boolean writing = true;

    Spill(String name) throws IOException {
        file = Files.createTempFile("gongkai-" + name + "-", ".spill");
        file.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16);
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Deflates a record; may be called from any thread, before {@link #append}. */
    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            d.setInput(raw);
            d.finish();
            ByteArrayOutputStream o = new ByteArrayOutputStream(raw.length / 3 + 16);
            byte[] buf = new byte[4096];
            while (!d.finished()) {
                o.write(buf, 0, d.deflate(buf));
            }
            return o.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Appends a deflated record; returns its offset. */
    synchronized long append(byte[] deflated, int rawLength) throws IOException {
        if (!writing) {
            throw new IllegalStateException("the spill is being read");
        }
        long at = size;
        writeInt(deflated.length);
        writeInt(rawLength);
        out.write(deflated);
        size += 8 + deflated.length;
        return at;
    }

    private void writeInt(int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    /** Ends the appending: what was appended is readable. */
    synchronized void flush() throws IOException {
        out.flush();
    }

    /** The record at an offset, inflated; thread-safe once flushed. */
    byte[] read(long offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(8);
        readFully(head, offset);
        int length = head.getInt(0);
        int raw = head.getInt(4);
        ByteBuffer body = ByteBuffer.allocate(length);
        readFully(body, offset + 8);
        Inflater i = new Inflater(true);
        try {
            i.setInput(body.array());
            byte[] out = new byte[raw];
            int n = 0;
            while (n < raw) {
                int r = i.inflate(out, n, raw - n);
                if (r == 0 && (i.needsInput() || i.needsDictionary())) {
                    throw new IOException("a spilled record does not inflate");
                }
                n += r;
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("a spilled record does not inflate", e);
        } finally {
            i.end();
        }
    }

    private void readFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = channel.read(b, at + b.position());
            if (n < 0) {
                throw new IOException("a spilled record is cut short");
            }
        }
    }

    /** How many bytes were appended. */
    synchronized long size() {
        return size;
    }

    @Override
    public synchronized void close() throws IOException {
        writing = false;
        try {
            out.close();
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
