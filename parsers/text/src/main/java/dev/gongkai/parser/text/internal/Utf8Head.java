package dev.gongkai.parser.text.internal;

/**
 * Whether a document's head looks like text, answered from its bytes when they are well-formed UTF-8
 * without a byte order mark, a NUL or a U+FFFD: then {@code DocumentDecoder} would decode them as UTF-8
 * with nothing invalid, and the text is plausible when its control characters are at most one in a
 * hundred of its UTF-16 characters ({@link TextDecoder#plausible}) — all of which one pass over the bytes
 * counts without building the string. Any other head is left to the decoder ({@link #UNDECIDED}).
 * Choosing a reader asks this of every file, so it matters that it is cheap.
 */
final class Utf8Head {

    static final int NO = 0;
    static final int YES = 1;
    static final int UNDECIDED = 2;

    private Utf8Head() {}

    /** {@link #YES} or {@link #NO} for a well-formed UTF-8 head, else {@link #UNDECIDED}. */
    static int plausible(byte[] b) {
        int n = b.length;
        if (n >= 2 && ((b[0] & 0xff) >= 0xFE || (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB)) {
            return UNDECIDED; // a byte order mark, perhaps
        }
        long chars = 0;
        long controls = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                if (c == 0) {
                    return UNDECIDED; // UTF-16 is told by its zeros
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                    controls++;
                }
                chars++;
                i++;
                continue;
            }
            int length;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F; // no surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return UNDECIDED;
            }
            if (i + length > n) {
                return UNDECIDED;
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return UNDECIDED;
            }
            for (int k = 2; k < length; k++) {
                int next = b[i + k] & 0xff;
                if (next < 0x80 || next > 0xBF) {
                    return UNDECIDED;
                }
            }
            if (c == 0xEF && second == 0xBF && (b[i + 2] & 0xff) == 0xBD) {
                return UNDECIDED; // U+FFFD itself: the decoder takes it for a replacement
            }
            chars += length == 4 ? 2 : 1;
            i += length;
        }
        return controls * 100L <= chars ? YES : NO;
    }
}
