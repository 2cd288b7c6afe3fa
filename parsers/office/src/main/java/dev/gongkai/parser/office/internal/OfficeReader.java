package dev.gongkai.parser.office.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads an office document of any of the four formats, judged by its bytes, into blocks; turns every
 * POI failure into the typed errors of {@link UnreadableDocumentException}. POI's zip-bomb and
 * record-size limits stay as POI sets them. Not API.
 */
public final class OfficeReader {

    private OfficeReader() {}

    /** Reads at most {@code context.maxBytes()} bytes of the stream and extracts the blocks. */
    public static Extraction read(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        return read(bytes, context.fileName());
    }

    /** Extracts the blocks of a document held in memory. */
    public static Extraction read(byte[] bytes, String fileName) throws UnreadableDocumentException {
        String where = fileName == null ? "" : " (" + fileName + ")";
        FileMagic magic = FileMagic.valueOf(bytes);
        try {
            return switch (magic) {
                case OLE2 -> readOle2(bytes, where, wps(fileName));
                case OOXML -> readOoxml(bytes, where);
                case WORD2 -> throw new UnsupportedFormatException("a Word 2 document" + where
                        + ": only Word 97 and later (.doc, .docx) are read");
                case BIFF2, BIFF3, BIFF4 -> throw new UnsupportedFormatException("an Excel " + magic.name().charAt(4)
                        + ".0 worksheet" + where + ": only Excel 97 and later (.xls, .xlsx) are read");
                default -> throw wps(fileName)
                        ? new UnsupportedFormatException("a file in WPS Office's older private format (WPS 2000 era or"
                                + " earlier)" + where + ", which cannot be read: re-save it in WPS as .doc/.docx (or"
                                + " .xls/.xlsx); .wps and .et files saved in Word/Excel 97 format are read")
                        : new UnsupportedFormatException("not a Word or Excel document" + where + ": the bytes "
                                + (magic == FileMagic.UNKNOWN ? "have no OLE2 or OOXML signature" : "look like " + magic.name()));
            };
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException("the document is encrypted with a password" + where, e);
        } catch (OldFileFormatException e) {
            throw new UnsupportedFormatException("an old " + (e.getClass().getSimpleName().contains("Excel") ? "Excel (5.0/95 or earlier)" : "Word (6.0/95 or earlier)")
                    + " document" + where + ", which cannot be read", e);
        } catch (NotOfficeXmlFileException e) {
            throw new UnsupportedFormatException("not a Word or Excel document" + where
                    + ": a zip archive without the parts of a Word or Excel file", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw failure(e, where);
        }
    }

    private static UnreadableDocumentException failure(Exception e, String where) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("exceeds the max")) {
                return new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                        "the document expands to far more than its size when unpacked (a zip bomb?)" + where, e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new EncryptedDocumentException("the document is encrypted with a password" + where, e);
            }
        }
        // what the library said stays in the cause, for developers: it is no reason a person can act on
        return new CorruptDocumentException("the document is truncated or corrupt" + where, e);
    }

    private static boolean wps(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && OfficeFormat.isWpsExtension(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Extraction readOle2(byte[] bytes, String where, boolean wps) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new EncryptedDocumentException("the document is an OOXML file encrypted with a password" + where);
            }
            if (root.hasEntry("WordDocument")) {
                return DocReader.read(new HWPFDocument(root)).with(FileProperties.of(root));
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK") || root.hasEntry("Book")) {
                try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                    return SheetReader.read(wb, OfficeFormat.XLS).with(FileProperties.of(root));
                }
            }
            List<String> names = new ArrayList<>();
            for (Entry e : root) {
                names.add(e.getName());
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new UnsupportedFormatException("a presentation (PowerPoint, or WPS 演示 .dps)" + where
                        + ": slides are not read; save the report as .doc/.docx or .pdf");
            }
            if (wps) {
                throw new UnsupportedFormatException("a WPS Office file in WPS's own format (WPS 2000 era or"
                        + " earlier)" + where + ", not Word/Excel 97 inside (streams: " + String.join(", ", names)
                        + "): re-save it in WPS as .doc/.docx (or .xls/.xlsx)");
            }
            throw new UnsupportedFormatException("an OLE2 compound document with no Word or Excel stream" + where
                    + " (streams: " + String.join(", ", names) + "); WPS Office's own format, Works and other programs'"
                    + " files are not read: save it as .doc/.docx");
        }
    }

    private static Extraction readOoxml(byte[] bytes, String where) throws IOException, InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.isEmpty()) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            PackagePart main = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
            String type = main == null ? "" : main.getContentType();
            if (type.contains("wordprocessingml")) {
                return DocxReader.read(new XWPFDocument(pkg)).with(FileProperties.of(pkg));
            }
            if (type.contains("spreadsheetml")) {
                return SheetReader.read(new XSSFWorkbook(pkg), OfficeFormat.XLSX).with(FileProperties.of(pkg));
            }
            throw new UnsupportedFormatException("an OOXML package that is no Word or Excel document" + where
                    + (type.isEmpty() ? " (no main part)" : " (main part " + type + ")"));
        } catch (POIXMLException e) {
            throw failure(e, where);
        } finally {
            pkg.revert();
        }
    }
}
