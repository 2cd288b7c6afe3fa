package dev.gongkai.cli.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file's bytes read once for everything a worker does with it — choosing the reader, reading it and
 * hashing it — instead of opening it three times. Only files up to {@link #MAX_BYTES} are held; a larger
 * one, or one that cannot be read here, is streamed from the file as before (so its error, if any, is
 * reported where it always was).
 */
final class Content {

    /** The largest file held in memory whole (reports are a few dozen KB; scans and PDFs may be far larger). */
    static final long MAX_BYTES = 4L << 20;

    private Content() {}

    /** The file's bytes, or {@code null} when it is larger than {@link #MAX_BYTES} or cannot be read. */
    static byte[] read(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (size > MAX_BYTES) {
                return null;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size + 1); // one byte more: a file that grew shows
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // until the end of the file
            }
            if (buf.position() > size) {
                return null; // it grew while read: streamed instead
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
