package dev.gongkai.cli.check;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
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
 *
 * <p>A process killed outright (kill -9, power loss) deletes nothing, so the file lies in a folder of the
 * batch's own (the output folder's {@code .gongkai}) when there is one, and the spill holds a shared lock on
 * it while open: {@link #clean(Path)}, called when a batch starts, deletes every spill of the folder that no
 * living process holds.
 */
final class Spill implements Closeable {

    /** How the names of spill files begin and end. */
    static final String PREFIX = "gongkai-";
    static final String SUFFIX = ".spill";

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private long size;
    private boolean writing = true;

    /** A spill in the temporary folder of the system. */
    Spill(String name) throws IOException {
        this(null, name);
    }

    /** A spill in a folder ({@code null}: the temporary folder of the system), created if need be. */
    Spill(Path dir, String name) throws IOException {
        if (dir == null) {
            file = Files.createTempFile(PREFIX + name + "-", SUFFIX);
        } else {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, PREFIX + name + "-", SUFFIX);
        }
        file.toFile().deleteOnExit();
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            channel.lock(0, Long.MAX_VALUE, true);
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The file the records lie in. */
    Path file() {
        return file;
    }

    /**
     * Deletes the spills a process that died left in a folder ({@code null}: the temporary folder of the
     * system): those no process holds a lock on. Spills of living batches, this one's included, are kept.
     *
     * @return how many were deleted
     */
    static int clean(Path dir) throws IOException {
        Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path f : files) {
                if (stale(f) && delete(f)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** Deletes a file; false when it cannot be (gone meanwhile, or open elsewhere on a system that forbids it). */
    private static boolean delete(Path f) {
        try {
            return Files.deleteIfExists(f);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether no process holds a lock on a spill file (false when it cannot be told). */
    private static boolean stale(Path f) {
        try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = c.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held by this process
        } catch (IOException e) {
            return false; // not ours to touch (another user's), or gone
        }
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
