package dev.gongkai.spi;

import dev.gongkai.UnreadableDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The one bounded read every parser does: a whole document into memory, refused before it is held
 * whole when it is larger than {@link ParseContext#maxBytes()}.
 *
 * @since 0.1
 */
public final class DocumentInput {

    private DocumentInput() {}

    /**
     * Reads the stream to its end (the stream is consumed, not closed). When the stream tells how many
     * bytes it has, they are read into one array of that size (reading in chunks of unknown total costs a
     * copy of everything).
     *
     * @throws UnreadableDocumentException with reason {@code TOO_LARGE} past {@code context.maxBytes()}
     */
    public static byte[] readAll(InputStream in, ParseContext context) throws IOException {
        long max = context.maxBytes();
        int limit = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = read(in, limit);
        if (bytes.length > max || (bytes.length == limit && in.read() >= 0)) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "the document is larger than the limit of " + max + " bytes"
                            + (context.fileName() == null ? "" : " (" + context.fileName() + ")"));
        }
        return bytes;
    }

    private static byte[] read(InputStream in, int limit) throws IOException {
        int hint = in.available();
        if (hint <= 0 || hint >= limit) {
            return in.readNBytes(limit);
        }
        byte[] head = new byte[hint];
        int n = in.readNBytes(head, 0, hint);
        int next = n == hint ? in.read() : -1;
        if (next < 0) {
            return n == hint ? head : Arrays.copyOf(head, n);
        }
        byte[] rest = in.readNBytes(limit - hint - 1);
        byte[] all = Arrays.copyOf(head, hint + 1 + rest.length);
        all[hint] = (byte) next;
        System.arraycopy(rest, 0, all, hint + 1, rest.length);
        return all;
    }
}
