package dev.gongkai.parser.office.internal;

import dev.gongkai.spi.DocumentProbe;
import java.nio.charset.StandardCharsets;

/**
 * The four office formats, their containers, and how sure a look at a document's first bytes and
 * name makes us that it is one of them. Not API.
 */
public enum OfficeFormat {
    DOCX("docx", Container.ZIP, Family.WORD),
    DOC("doc", Container.OLE2, Family.WORD),
    XLSX("xlsx", Container.ZIP, Family.SHEET),
    XLS("xls", Container.OLE2, Family.SHEET);

    /** The file container. */
    public enum Container { OLE2, ZIP }

    /** Word processing or spreadsheet. */
    public enum Family { WORD, SHEET }

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String parserName;
    private final Container container;
    private final Family family;

    OfficeFormat(String parserName, Container container, Family family) {
        this.parserName = parserName;
        this.container = container;
        this.family = family;
    }

    public String parserName() {
        return parserName;
    }

    public Container container() {
        return container;
    }

    public Family family() {
        return family;
    }

    /**
     * How well a format's parser fits a document: 95 when the head shows this format's streams
     * (WordDocument, Workbook, {@code word/}, {@code xl/}); 85 when the container fits and the file
     * name has this format's extension; 80 when the container fits and the extension names the same
     * family (a {@code .doc} that is really OOXML); 60/55 for a bare container with no telling name;
     * 0 when the bytes are no OLE2 or OOXML container, or show another format's streams.
     */
    public static int score(OfficeFormat format, DocumentProbe probe) {
        Container c = container(probe);
        if (c == null && format.container == Container.OLE2 && fromExtension(probe.extension()) == format
                && isWpsExtension(probe.extension())) {
            return 20; // WPS Office's older private format: taken to be refused with a reason
        }
        if (c == null || c != format.container) {
            return 0;
        }
        String head = probe.headAscii();
        OfficeFormat seen = fromHead(c, head);
        if (seen != null) {
            return seen == format ? 95 : 0;
        }
        if (c == Container.ZIP && head.contains("mimetypeapplication/")) {
            return 0; // OpenDocument, EPUB
        }
        OfficeFormat named = fromExtension(probe.extension());
        if (named == format) {
            return 85;
        }
        if (named != null) {
            return named.family == format.family ? 80 : 0;
        }
        if (c == Container.ZIP && !head.contains("[Content_Types].xml")) {
            return 0;
        }
        return format.family == Family.WORD ? 60 : 55;
    }

    /** The container the bytes start with, or {@code null}. */
    public static Container container(DocumentProbe probe) {
        if (probe.startsWith(OLE2_MAGIC)) {
            return Container.OLE2;
        }
        return probe.startsWith(ZIP_MAGIC) ? Container.ZIP : null;
    }

    private static OfficeFormat fromHead(Container c, String head) {
        if (c == Container.OLE2) {
            if (head.contains(utf16("EncryptionInfo"))) {
                return null;
            }
            if (head.contains(utf16("WordDocument"))) {
                return DOC;
            }
            if (head.contains(utf16("Workbook"))) {
                return XLS;
            }
            return null;
        }
        boolean word = head.contains("word/");
        boolean sheet = head.contains("xl/");
        if (word != sheet) {
            return word ? DOCX : XLSX;
        }
        return null;
    }

    /** The format a file extension names, or {@code null}. */
    public static OfficeFormat fromExtension(String ext) {
        return switch (ext) {
            case "docx", "docm", "dotx", "dotm" -> DOCX;
            case "doc", "dot", "wps", "wpt" -> DOC;
            case "xlsx", "xlsm", "xltx", "xltm" -> XLSX;
            case "xls", "xlt", "et", "ett" -> XLS;
            default -> null;
        };
    }

    /** True for the extensions of WPS Office's own files (writer, spreadsheet, presentation, templates). */
    public static boolean isWpsExtension(String ext) {
        return switch (ext) {
            case "wps", "wpt", "et", "ett", "dps", "dpt" -> true;
            default -> false;
        };
    }

    private static String utf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
    }
}
