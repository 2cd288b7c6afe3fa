package dev.gongkai.parser.html.internal;

import dev.gongkai.spi.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page: a byte order mark wins; then the caller's charset; then the page's own declaration
 * ({@code <meta charset>}, {@code http-equiv} Content-Type, XML declaration) when the bytes agree with
 * it; then detection (strict UTF-8, the UTF-16 zero-byte pattern, else GB18030, which reads GBK and
 * GB2312).
 */
final class CharsetSniffer {

    /** How far into the page a declaration is looked for. */
    private static final int DECLARATION_WINDOW = 64 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b", Pattern.CASE_INSENSITIVE);

    static final Charset GB18030 = Charset.forName("GB18030");

    /** A decoded page. */
    record Decoded(String text, Charset charset, List<Problem> problems) {}

    private CharsetSniffer() {}

    static Decoded decode(byte[] bytes, Charset explicit) {
        List<Problem> problems = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, problems);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, problems);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, problems);
        }
        if (explicit != null) {
            return new Decoded(lenient(bytes, 0, explicit), explicit, problems);
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            return new Decoded(lenient(bytes, 0, utf16), utf16, problems);
        }
        String declaredName = declared(bytes);
        Charset declared = declaredName == null ? null : supported(declaredName);
        String strictUtf8 = strictUtf8(bytes);
        boolean utf8 = strictUtf8 != null;
        Charset chosen;
        if (declared == null) {
            if (declaredName != null && hasHighBytes(bytes)) {
                problems.add(new Problem("charset-declaration-ignored", "the page declares charset "
                        + declaredName + ", which cannot hold Chinese text; the charset was detected", null));
            }
            chosen = utf8 ? StandardCharsets.UTF_8 : GB18030;
        } else if (declared.equals(StandardCharsets.UTF_8) && !utf8) {
            problems.add(new Problem("charset-mismatch",
                    "the page declares UTF-8 but is not valid UTF-8; read as GB18030", null));
            chosen = GB18030;
        } else if (!declared.equals(StandardCharsets.UTF_8) && utf8 && hasHighBytes(bytes)) {
            problems.add(new Problem("charset-mismatch", "the page declares " + declaredName
                    + " but its bytes are valid UTF-8; read as UTF-8", null));
            chosen = StandardCharsets.UTF_8;
        } else {
            chosen = declared;
        }
        String text = utf8 && chosen.equals(StandardCharsets.UTF_8) ? strictUtf8 : lenient(bytes, 0, chosen);
        return new Decoded(text, chosen, problems);
    }

    /** The charset named by the page's own declaration, or {@code null}. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher body = BODY_START.matcher(head);
        if (body.find()) {
            head = head.substring(0, body.start());
        }
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    /** Maps a declared name to the charset used to read it, or {@code null} when it is of no use. */
    static Charset supported(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode", "utf-16", "utf-16le", "utf-16be":
                // a page whose bytes reached this point is ASCII-compatible, so a UTF-16 label is wrong
                return StandardCharsets.UTF_8;
            case "gbk", "gb2312", "gb-2312", "x-gbk", "gb18030", "cp936", "ms936", "windows-936",
                    "euc-cn", "csgb2312", "chinese", "gb-2312-80", "iso-ir-58", "x-euc-cn":
                return GB18030;
            case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
                return Charset.forName("Big5");
            default:
                return null;
        }
    }

    /** The bytes decoded as UTF-8, or {@code null} when they are not valid UTF-8. */
    static String strictUtf8(byte[] bytes) {
        // the JDK's own decoding is much faster; it replaces malformed input with U+FFFD, so without one
        // the bytes were valid and the strict decoder would give the same text
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without a BOM: ASCII markup leaves every other byte zero. */
    private static Charset utf16ByZeros(byte[] bytes) {
        int n = Math.min(bytes.length & ~1, 4096);
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
