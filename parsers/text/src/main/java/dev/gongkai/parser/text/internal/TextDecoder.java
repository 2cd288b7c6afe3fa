package dev.gongkai.parser.text.internal;

import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.spi.DocumentProbe;
import java.nio.charset.Charset;

/**
 * Bytes to text for the text reader: {@link DocumentDecoder} chooses the charset (a BOM, the explicit
 * charset, else the candidate that decodes best; never the platform charset) and replaces what cannot
 * be decoded. Text with many control characters is not text.
 */
public final class TextDecoder {

    /** Bytes at the end of a document's head that may be a character cut by the head's end. */
    private static final int HEAD_CUT = 3;

    private TextDecoder() {}

    /**
     * Decodes a document.
     *
     * @throws UnsupportedFormatException when the bytes are mostly undecodable in the given or any known
     *     charset, or binary
     */
    public static DocumentDecoder.Decoded decode(byte[] b, Charset explicit) throws UnsupportedFormatException {
        DocumentDecoder.Decoded d = DocumentDecoder.decode(b, explicit, null);
        if (!plausible(d.text())) {
            throw new UnsupportedFormatException("the document is binary, not text");
        }
        return d;
    }

    /** True when the text has few control characters (NUL, escape codes) other than line breaks and tabs. */
    static boolean plausible(String s) {
        int controls = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls * 100L <= n;
    }

    /**
     * Whether the first bytes of a document look like text (for {@code supports}): decodable as
     * {@link DocumentDecoder} would decode the whole (a character cut by the head's end allowed) and
     * with few control characters.
     */
    public static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int plain = Utf8Head.plausible(uncut(head));
        if (plain != Utf8Head.UNDECIDED) {
            return plain == Utf8Head.YES;
        }
        return looksLikeTextDecoded(head);
    }

    /**
     * {@link #looksLikeText} by decoding the head as {@link DocumentDecoder} would: the definition, which
     * the byte scan of {@link Utf8Head} answers without decoding for well-formed UTF-8.
     */
    static boolean looksLikeTextDecoded(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int limit = DocumentDecoder.tolerated(head.length) + HEAD_CUT;
        DocumentDecoder.Decoded d = DocumentDecoder.choose(uncut(head), null, null, limit);
        return d.invalidBytes() <= limit && plausible(d.text());
    }

    /**
     * A full head without the UTF-8 character its end cut in two (the bytes after the last complete
     * sequence, at most {@value #HEAD_CUT}), so that a UTF-8 head decodes cleanly at once instead of
     * being weighed against every other charset for one cut character; a shorter head is the whole
     * document and is left as it is.
     */
    static byte[] uncut(byte[] head) {
        int n = head.length;
        if (n < DocumentProbe.HEAD_SIZE) {
            return head;
        }
        for (int i = n - 1; i >= Math.max(0, n - HEAD_CUT); i--) {
            int b = head[i] & 0xff;
            if (b < 0x80) {
                return head;
            }
            if (b >= 0xC0) {
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return n - i < length ? java.util.Arrays.copyOf(head, i) : head;
            }
        }
        return head;
    }
}
