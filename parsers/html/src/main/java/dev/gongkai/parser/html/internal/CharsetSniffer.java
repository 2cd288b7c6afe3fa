package dev.gongkai.parser.html.internal;

import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.spi.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page through {@link DocumentDecoder}: a byte order mark wins; then the caller's charset;
 * then valid UTF-8; then the charset of UTF-8, the UTF-16 zero-byte pattern and GB18030 (which reads GBK
 * and GB2312) that decodes best, or the page's own declaration ({@code <meta charset>},
 * {@code http-equiv} Content-Type, XML declaration, an MHTML part's header) when it decodes about as
 * well. Bytes that cannot be decoded are replaced and reported ({@code encoding-repaired}).
 */
final class CharsetSniffer {

    /** How far into the page a declaration is looked for. */
    private static final int DECLARATION_WINDOW = 64 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b", Pattern.CASE_INSENSITIVE);

    static final Charset GB18030 = DocumentDecoder.GB18030;

    /** A decoded page. */
    record Decoded(String text, Charset charset, List<Problem> problems) {}

    private CharsetSniffer() {}

    static Decoded decode(byte[] bytes, Charset explicit) throws UnsupportedFormatException {
        return decode(bytes, explicit, null, "the page");
    }

    /**
     * Decodes a page.
     *
     * @param headerCharset the charset an enclosing message names (an MHTML part's header), or {@code null}
     * @param what the bytes, for the problem's message ({@code "the page"})
     * @throws UnsupportedFormatException when the page is mostly undecodable
     */
    static Decoded decode(byte[] bytes, Charset explicit, String headerCharset, String what)
            throws UnsupportedFormatException {
        List<Problem> problems = new ArrayList<>();
        String declaredName = headerCharset;
        Charset declared = headerCharset == null ? null : supported(headerCharset);
        if (declared == null && DocumentDecoder.bom(bytes) == null && explicit == null) {
            String meta = declared(bytes);
            if (meta != null) {
                declaredName = meta;
                declared = supported(meta);
            }
        }
        DocumentDecoder.Decoded d = DocumentDecoder.decode(bytes, explicit, declared);
        boolean detected = d.basis() == DocumentDecoder.Basis.DETECTED;
        if (detected && declared == null && declaredName != null && hasHighBytes(bytes)) {
            problems.add(new Problem("charset-declaration-ignored", "the page declares charset "
                    + declaredName + ", which cannot hold Chinese text; the charset was detected", null));
        } else if (detected && declared != null && !declared.equals(d.charset()) && !isUtf16(d.charset())
                && hasHighBytes(bytes)) {
            problems.add(new Problem("charset-mismatch", "the page declares " + declaredName
                    + " but its bytes read better as " + d.charset().name() + "; read as " + d.charset().name(), null));
        }
        if (d.repaired()) {
            problems.add(d.problemByOffset(what));
        }
        return new Decoded(d.text(), d.charset(), problems);
    }

    private static boolean isUtf16(Charset cs) {
        return cs.name().startsWith("UTF-16");
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
                // a UTF-16 page is known by its BOM or zero bytes; on ASCII-compatible bytes the label is wrong
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

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
