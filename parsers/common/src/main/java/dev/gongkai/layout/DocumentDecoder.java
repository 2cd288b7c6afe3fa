package dev.gongkai.layout;

import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text for the readers of text-like formats (plain text, Markdown, HTML, MHTML), surviving
 * damage. The charset is chosen by how well it decodes:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE/BE) wins;
 *   <li>else the caller's charset ({@code given}, e.g. {@link dev.gongkai.spi.ParseContext#charset()});
 *   <li>else bytes that are valid UTF-8 are UTF-8 (the JDK's own fast decoding; this is the path clean
 *       documents take);
 *   <li>else each candidate — UTF-16LE/BE when the zero bytes fall on one parity, UTF-8, GB18030
 *       (which reads GBK and GB2312) — is decoded and the one with the fewest bytes it cannot decode
 *       (private-use characters, which GB18030 makes of bytes of another charset, counted as such)
 *       wins, ties in that order; a charset the document declares ({@code <meta charset>}, an MHTML
 *       part's header) is kept when it decodes about as well as the best (at most a quarter more
 *       undecodable bytes, or one).
 * </ol>
 *
 * <p>What cannot be decoded is replaced by U+FFFD and counted; {@link Decoded#repaired()} tells a
 * reader to report the problem {@value #REPAIRED}. Only a document that is mostly undecodable is
 * refused: more than {@value #TOLERATED_PERCENT} % of its bytes undecodable in the chosen charset (a
 * document in a charset not read here, or no text at all). A crawled page with a few cut characters
 * stays far below that. Thread-safe.
 *
 * @since 0.1
 */
public final class DocumentDecoder {

    /** The problem code a reader gives when bytes were replaced: {@value}. */
    public static final String REPAIRED = "encoding-repaired";

    /** The share of a document's bytes that may be undecodable before it is refused, in percent. */
    public static final int TOLERATED_PERCENT = 5;

    /** GB18030, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int UTF16_SAMPLE = 8192;

    /** How the charset was chosen. */
    public enum Basis {
        /** The byte order mark. */
        BOM,
        /** The caller's charset. */
        GIVEN,
        /** The document's own declaration, which decodes about as well as the best. */
        DECLARED,
        /** The candidate that decodes best. */
        DETECTED
    }

    /**
     * A decoded document.
     *
     * @param text the text, without a byte order mark; undecodable bytes as U+FFFD
     * @param charset the charset it was read in
     * @param basis how the charset was chosen
     * @param invalidBytes how many bytes could not be decoded (0 for a clean document)
     * @param firstInvalidByte the offset in the bytes of the first of them, or -1
     * @param firstInvalidChar the index in {@code text} of the first U+FFFD put for them, or -1
     */
    public record Decoded(String text, Charset charset, Basis basis, int invalidBytes, int firstInvalidByte,
            int firstInvalidChar) {

        /** True when some bytes could not be decoded and were replaced. */
        public boolean repaired() {
            return invalidBytes > 0;
        }

        /**
         * The {@value #REPAIRED} problem of a text document, naming the line and column (1-based) of the
         * first replacement; {@code null} when nothing was repaired.
         */
        public Problem problemByLine() {
            if (!repaired()) {
                return null;
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < firstInvalidChar; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = firstInvalidChar - lineStart + 1;
            return new Problem(REPAIRED, message() + "; the first at line " + line + ", column " + column,
                    SourceSpan.text(line, column));
        }

        /**
         * The {@value #REPAIRED} problem of a document whose lines mean little (a page), naming the byte
         * offset of the first undecodable byte in {@code what} (e.g. {@code "the page"}); {@code null}
         * when nothing was repaired.
         */
        public Problem problemByOffset(String what) {
            return repaired() ? new Problem(REPAIRED, message() + "; the first at byte " + firstInvalidByte
                    + " of " + what, null) : null;
        }

        private String message() {
            return invalidBytes + (invalidBytes == 1 ? " byte" : " bytes") + " could not be decoded as "
                    + charset.name() + " and " + (invalidBytes == 1 ? "was" : "were")
                    + " replaced by U+FFFD; the rest was read";
        }
    }

    private DocumentDecoder() {}

    /**
     * Decodes a document.
     *
     * @param bytes the document
     * @param given the caller's charset, or {@code null} to detect
     * @param declared the charset the document declares, or {@code null}
     * @throws UnsupportedFormatException when more than {@value #TOLERATED_PERCENT} % of the bytes cannot
     *     be decoded in the chosen charset
     */
    public static Decoded decode(byte[] bytes, Charset given, Charset declared) throws UnsupportedFormatException {
        int tolerated = tolerated(bytes.length);
        Decoded d = choose(bytes, given, declared, tolerated);
        if (d.invalidBytes() > tolerated) {
            throw new UnsupportedFormatException(String.format(Locale.ROOT,
                    "the document is not readable text: more than %d %% of its %d bytes cannot be decoded as %s, %s",
                    TOLERATED_PERCENT, bytes.length, d.charset().name(), switch (d.basis()) {
                        case BOM -> "which its byte order mark names";
                        case GIVEN -> "the charset given";
                        case DECLARED -> "the charset it declares";
                        case DETECTED -> "the one of UTF-8, UTF-16 and GB18030 that reads it best";
                    }));
        }
        return d;
    }

    /**
     * The charset that reads the bytes best, as {@link #decode} chooses it, for a look at a document's
     * first bytes: decoding stops once more than {@code limit} bytes could not be decoded (then
     * {@link Decoded#invalidBytes()} is past the limit and the text is cut there).
     */
    public static Decoded choose(byte[] bytes, Charset given, Charset declared, int limit) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return counted(bytes, skip, bom, Basis.BOM, limit).decoded();
        }
        if (given != null) {
            return counted(bytes, 0, given, Basis.GIVEN, limit).decoded();
        }
        Charset utf16 = utf16ByZeros(bytes, bytes.length);
        if (utf16 == null) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return new Decoded(s, StandardCharsets.UTF_8,
                        StandardCharsets.UTF_8.equals(declared) ? Basis.DECLARED : Basis.DETECTED, 0, -1, -1);
            }
        }
        Counted best = null;
        if (utf16 != null) {
            best = counted(bytes, 0, utf16, Basis.DETECTED, limit);
        }
        if (best == null || best.cost > 0) {
            Counted gb = counted(bytes, 0, GB18030, Basis.DETECTED, best == null ? limit : Math.min(limit, best.cost));
            Counted utf8 = counted(bytes, 0, StandardCharsets.UTF_8, Basis.DETECTED, Math.min(limit, gb.cost));
            Counted latin = utf8.cost <= gb.cost ? utf8 : gb;
            best = best == null || latin.cost < best.cost ? latin : best;
        }
        if (declared != null && utf16 != null && best.charset.equals(utf16)) {
            return best.decoded(); // ASCII-compatible declarations do not apply to UTF-16 bytes
        }
        if (declared != null && !declared.equals(best.charset)) {
            int slack = Math.max(1, best.cost / 4);
            Counted d = counted(bytes, 0, declared, Basis.DECLARED, Math.min(limit, best.cost + slack));
            if (d.cost <= best.cost + slack && d.invalid <= limit) {
                return d.decoded();
            }
        } else if (declared != null) {
            best = best.as(Basis.DECLARED);
        }
        return best.decoded();
    }

    /** How many undecodable bytes a document of {@code length} bytes may have and still be read. */
    public static int tolerated(int length) {
        return (int) (length * (long) TOLERATED_PERCENT / 100);
    }

    /** The charset a byte order mark at the start names, or {@code null}. */
    public static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * UTF-16LE or BE without a byte order mark, when the zero bytes among the first bytes (ASCII
     * characters: line breaks, digits, markup) fall on one parity; else {@code null}.
     */
    public static Charset utf16ByZeros(byte[] b, int limit) {
        int n = Math.min(Math.min(b.length, limit), UTF16_SAMPLE) & ~1;
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
        if (even + odd < 2) {
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

    /** A lenient decoding with its cost: undecodable bytes plus private-use characters. */
    private record Counted(Charset charset, Basis basis, CharBuffer out, int invalid, int firstByte,
            int firstChar, int cost) {

        Decoded decoded() {
            String s = out.toString();
            return new Decoded(s, charset, basis, invalid, firstByte, firstChar);
        }

        Counted as(Basis b) {
            return new Counted(charset, b, out, invalid, firstByte, firstChar, cost);
        }
    }

    /**
     * Decodes leniently, counting undecodable bytes; stops early (cost past {@code cap}) when the
     * result can no longer be chosen. After a broken sequence in an ASCII-compatible charset, ASCII
     * bytes the decoder took into it (a lone GB18030 lead byte before digits) are read again; in UTF-16
     * only the bad code unit is replaced (not the character after a lone surrogate).
     */
    private static Counted counted(byte[] bytes, int offset, Charset cs, Basis basis, int cap) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean asciiCompatible = !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32");
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - offset) * (double) d.averageCharsPerByte()) + 16));
        int invalid = 0;
        int firstByte = -1;
        int firstChar = -1;
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) {
                while (d.flush(out).isOverflow()) {
                    out = grow(out);
                }
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            int at = in.position();
            int skip = r.length();
            if (asciiCompatible) {
                int k = 1;
                while (k < skip && bytes[at + k] < 0) {
                    k++;
                }
                skip = k;
            } else {
                skip = Math.min(skip, 2); // one bad code unit; the decoder's report may take in the next one
            }
            if (firstByte < 0) {
                firstByte = at;
                firstChar = out.position();
            }
            invalid += skip;
            in.position(at + skip);
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            if (invalid > cap) {
                break;
            }
        }
        out.flip();
        int cost = invalid;
        if (invalid <= cap) {
            for (int i = 0, n = out.limit(); i < n; i++) {
                char c = out.get(i);
                if (c >= '\uE000' && c <= '\uF8FF') {
                    cost++;
                }
            }
        }
        return new Counted(cs, basis, out, invalid, firstByte, firstChar, cost);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
