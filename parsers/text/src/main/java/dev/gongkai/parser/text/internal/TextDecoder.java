package dev.gongkai.parser.text.internal;

import dev.gongkai.UnsupportedFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: an explicit charset wins; else a BOM, then strict UTF-8, then UTF-16 without BOM (by
 * its zero bytes), then GB18030. Never the platform charset. Text with many control characters is not
 * text.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /**
     * Decodes a document.
     *
     * @throws UnsupportedFormatException when the bytes are not text in the given or any known charset
     */
    public static String decode(byte[] b, Charset explicit) throws UnsupportedFormatException {
        String s = explicit != null ? strict(b, 0, explicit) : detect(b);
        if (s == null) {
            throw new UnsupportedFormatException("the document is not text in "
                    + (explicit != null ? explicit.name() : "UTF-8, UTF-16 or GB18030"));
        }
        if (!plausible(s)) {
            throw new UnsupportedFormatException("the document is binary, not text");
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        Charset utf16 = utf16ByZeros(b, b.length);
        if (utf16 != null) {
            String s = strict(b, 0, utf16);
            if (s != null) {
                return s;
            }
        }
        String s = strict(b, 0, StandardCharsets.UTF_8);
        return s != null ? s : strict(b, 0, GB18030);
    }

    /** UTF-16LE or BE when the zero bytes of the first bytes fall on one parity, else {@code null}. */
    static Charset utf16ByZeros(byte[] b, int limit) {
        int n = Math.min(Math.min(b.length, limit), 8192) & ~1;
        if (n < 2) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int zeros = even + odd;
        if (zeros < 2) {
            return null;
        }
        if (odd * 50 >= n && odd >= 3 * even) {
            return StandardCharsets.UTF_16LE;
        }
        if (even * 50 >= n && even >= 3 * odd) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] b, int offset, Charset cs) {
        return strict(b, offset, b.length, cs);
    }

    /** True when the text has few control characters (NUL, escape codes) other than line breaks and tabs. */
    static boolean plausible(String s) {
        int controls = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == 0xFFFD) {
                controls++;
            }
        }
        return controls * 100L <= n;
    }

    /** Whether the first bytes of a document look like text (for {@code supports}). */
    public static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        if (utf16ByZeros(head, head.length) != null || (head.length >= 2 && (((head[0] & 0xff) == 0xFF
                && (head[1] & 0xff) == 0xFE) || ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)))) {
            return true;
        }
        int cut = head.length;
        for (int k = 0; k < 4 && cut > 0; k++) {
            String s = strict(head, 0, cut, StandardCharsets.UTF_8);
            if (s == null) {
                s = strict(head, 0, cut, GB18030);
            }
            if (s != null) {
                return plausible(s);
            }
            cut--;
        }
        return false;
    }

    private static String strict(byte[] b, int offset, int end, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding is much faster; it replaces malformed input with U+FFFD, so without
            // one the bytes were valid and the strict decoder would give the same text
            String s = new String(b, offset, end - offset, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, offset, end - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
