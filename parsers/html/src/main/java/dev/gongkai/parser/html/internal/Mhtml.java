package dev.gongkai.parser.html.internal;

import dev.gongkai.CorruptDocumentException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages saved as MHTML ({@code .mhtml}/{@code .mht}, "web page, single file"): a MIME
 * {@code multipart/related} message whose first {@code text/html} part, quoted-printable or base64
 * encoded, is the page. Gives that part's bytes and the charset its header names.
 */
final class Mhtml {

    private static final Pattern BOUNDARY = Pattern.compile("boundary\\s*=\\s*\"?([^\"\\s;]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** The HTML part of a saved page. */
    record Part(byte[] bytes, String charset) {}

    private Mhtml() {}

    /** True when the bytes are a MIME message with several parts (checked on the first 4 KB). */
    static boolean is(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return (head.startsWith("from:") || head.startsWith("mime-version:") || head.startsWith("content-type:")
                || head.startsWith("date:") || head.startsWith("subject:") || head.startsWith("snapshot-content-location:"))
                && head.contains("multipart/related");
    }

    /** The first {@code text/html} part. */
    static Part html(byte[] bytes) throws CorruptDocumentException {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = headerEnd(all, 0);
        Matcher b = BOUNDARY.matcher(all.substring(0, headerEnd < 0 ? Math.min(all.length(), 4096) : headerEnd));
        if (!b.find()) {
            throw new CorruptDocumentException("the MHTML page names no part boundary");
        }
        String delimiter = "--" + b.group(1);
        int at = all.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (all.startsWith("--", start)) {
                break;
            }
            int next = all.indexOf(delimiter, start);
            int end = next < 0 ? all.length() : next;
            int bodyStart = headerEnd(all, start);
            if (bodyStart > 0 && bodyStart <= end) {
                String headers = all.substring(start, bodyStart).toLowerCase(Locale.ROOT);
                if (headers.contains("text/html")) {
                    Matcher cs = CHARSET.matcher(headers);
                    String charset = cs.find() ? cs.group(1) : null;
                    return new Part(decode(all.substring(bodyStart, end), headers), charset);
                }
            }
            at = next;
        }
        throw new CorruptDocumentException("the MHTML page has no text/html part");
    }

    private static int headerEnd(String s, int from) {
        int crlf = s.indexOf("\r\n\r\n", from);
        int lf = s.indexOf("\n\n", from);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            return crlf + 4;
        }
        return lf < 0 ? -1 : lf + 2;
    }

    private static byte[] decode(String body, String headers) throws CorruptDocumentException {
        if (headers.contains("quoted-printable")) {
            return quotedPrintable(body);
        }
        if (headers.contains("base64")) {
            try {
                return Base64.getMimeDecoder().decode(body.strip());
            } catch (IllegalArgumentException e) {
                throw new CorruptDocumentException("the MHTML page's base64 part is corrupt", e);
            }
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] quotedPrintable(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '=') {
                out.write(c);
            } else if (i + 1 < n && s.charAt(i + 1) == '\n') {
                i += 1;
            } else if (i + 2 < n && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
                i += 2;
            } else if (i + 2 < n && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
