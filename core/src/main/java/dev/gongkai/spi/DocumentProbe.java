package dev.gongkai.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a parser sees before it is chosen: the file name (may be {@code null}) and the first bytes of
 * the document (up to {@link #HEAD_SIZE}).
 *
 * @since 0.1
 */
public final class DocumentProbe {

    /** How many leading bytes a probe holds at most. */
    public static final int HEAD_SIZE = 8192;

    private final String fileName;
    private final byte[] head;
    private String ascii;

    public DocumentProbe(String fileName, byte[] head) {
        this.fileName = fileName;
        this.head = head.length > HEAD_SIZE ? Arrays.copyOf(head, HEAD_SIZE) : head.clone();
    }

    /** The file name, or {@code null}. */
    public String fileName() {
        return fileName;
    }

    /** The lower-case extension without the dot, or {@code ""}. */
    public String extension() {
        if (fileName == null) {
            return "";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A copy of the leading bytes. */
    public byte[] head() {
        return head.clone();
    }

    /** The number of leading bytes held. */
    public int length() {
        return head.length;
    }

    /** The byte at an index (as 0–255). */
    public int byteAt(int index) {
        return head[index] & 0xff;
    }

    /** True when the document starts with these bytes. */
    public boolean startsWith(byte... prefix) {
        if (prefix.length > head.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the document starts with this ASCII text, after any UTF-8 BOM and leading white space. */
    public boolean startsWithAscii(String prefix) {
        int i = startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (i + p.length > head.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (Character.toLowerCase(head[i + k]) != Character.toLowerCase(p[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The head decoded leniently as ISO-8859-1, for looking for ASCII markers such as {@code <html}. Made
     * once per probe and shared by every parser asked (choosing a parser asks them all).
     */
    public String headAscii() {
        String s = ascii;
        if (s == null) {
            s = new String(head, StandardCharsets.ISO_8859_1);
            ascii = s; // a benign race: any thread makes the same string
        }
        return s;
    }
}
