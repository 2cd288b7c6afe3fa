package dev.gongkai.layout.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip container (OFD, OpenDocument) read whole into memory within bounds, so that a zip bomb, a
 * truncated or damaged archive or an XML part that declares a DTD is refused with a typed error before
 * any XML parser sees it: at most {@link #MAX_ENTRIES} entries, {@link #MAX_ENTRY} bytes per entry and
 * {@link #MAX_TOTAL} in all, and no more than {@link #MAX_RATIO} times the archive's size once past
 * {@link #RATIO_FLOOR} (POI refuses OOXML the same way). Not API.
 */
public final class ZipContainer {

    public static final int MAX_ENTRIES = 10_000;
    public static final long MAX_ENTRY = 64L << 20;
    public static final long MAX_TOTAL = 256L << 20;
    public static final long MAX_RATIO = 100;
    public static final long RATIO_FLOOR = 8L << 20;

    private static final byte[] MAGIC = {'P', 'K', 3, 4};

    private final Map<String, byte[]> entries;

    private ZipContainer(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** True when the bytes start as a zip archive's first local entry. */
    public static boolean isZip(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads every entry of an archive.
     *
     * @param what what the document is said to be in messages ("the OFD file")
     * @throws CorruptDocumentException when the archive is truncated or damaged, or an XML part declares a DTD
     * @throws UnreadableDocumentException with reason {@code TOO_LARGE} past the bounds
     */
    public static ZipContainer read(byte[] bytes, String what) throws UnreadableDocumentException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long total = 0;
        long ratioLimit = Math.max(RATIO_FLOOR, bytes.length * MAX_RATIO);
        byte[] buf = new byte[16384];
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (out.size() >= MAX_ENTRIES) {
                    throw tooLarge(what + " has more than " + MAX_ENTRIES + " parts");
                }
                ByteArrayOutputStream entry = new ByteArrayOutputStream();
                int n;
                while ((n = zin.read(buf)) > 0) {
                    entry.write(buf, 0, n);
                    total += n;
                    if (entry.size() > MAX_ENTRY || total > MAX_TOTAL || total > ratioLimit) {
                        throw tooLarge(what + " expands beyond the safety limits (part " + e.getName()
                                + " unpacks to more than " + (entry.size() > MAX_ENTRY ? MAX_ENTRY >> 20 : Math.min(MAX_TOTAL, ratioLimit) >> 20)
                                + " MiB from a " + bytes.length + "-byte file; a zip bomb?)");
                    }
                }
                if (!e.isDirectory()) {
                    out.putIfAbsent(e.getName(), entry.toByteArray());
                }
            }
        } catch (UnreadableDocumentException x) {
            throw x;
        } catch (IOException | RuntimeException x) {
            throw new CorruptDocumentException(what + " is truncated or damaged: the zip archive cannot be read", x);
        }
        if (out.isEmpty()) {
            throw new CorruptDocumentException(what + " is truncated or damaged: the zip archive holds no part");
        }
        for (Map.Entry<String, byte[]> x : out.entrySet()) {
            if (x.getKey().toLowerCase(Locale.ROOT).endsWith(".xml") && declaresDtd(x.getValue())) {
                throw new CorruptDocumentException(what + " is refused: its part " + x.getKey()
                        + " declares a DTD (<!DOCTYPE>), which no such document needs and which can carry entity"
                        + " expansion or external entities");
            }
        }
        return new ZipContainer(out);
    }

    /** True when an XML text declares a DTD ({@code <!DOCTYPE}, in any case). */
    public static boolean declaresDtd(byte[] xml) {
        byte[] p = "<!doctype".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + p.length <= xml.length; i++) {
            if (xml[i] != '<') {
                continue;
            }
            for (int k = 1; k < p.length; k++) {
                if (Character.toLowerCase(xml[i + k]) != p[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The parts by name, in archive order. */
    public Map<String, byte[]> entries() {
        return entries;
    }

    /** A part's bytes, or {@code null}. */
    public byte[] get(String name) {
        return entries.get(name);
    }

    /** A part as a stream, or {@code null}. */
    public InputStream open(String name) {
        byte[] b = entries.get(name);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    private static UnreadableDocumentException tooLarge(String message) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE, message);
    }
}
