package dev.gongkai.parser.html.internal;

import dev.gongkai.UnreadableDocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole document, refusing one larger than the caller's limit before holding it all. */
final class DocumentBytes {

    private DocumentBytes() {}

    /**
     * Reads the stream to its end (the stream is consumed, not closed).
     *
     * @throws UnreadableDocumentException with reason {@code TOO_LARGE} past {@code maxBytes}
     */
    static byte[] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new UnreadableDocumentException(
                        UnreadableDocumentException.Reason.TOO_LARGE,
                        "the page is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
