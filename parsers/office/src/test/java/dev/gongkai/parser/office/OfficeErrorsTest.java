package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SampleReports;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** Bad input gives the typed errors, never a POI exception or a stack trace of a crash. */
class OfficeErrorsTest {
    private static final DocxParser PARSER = new DocxParser();

    private static byte[] docx() {
        return DocxRenderer.render(ReportLayouts.layout(SampleReports.generate(7), 7));
    }

    private static byte[] sheet(boolean xls) {
        return SheetRenderer.render(ReportLayouts.layout(SampleReports.generate(7), 7), xls, 7);
    }

    private static UnreadableDocumentException failure(byte[] bytes, String name) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> PARSER.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name)));
        assertThat(t).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) t;
    }

    @Test
    void junkIsUnsupported() {
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        assertThat(failure(junk, "a.docx")).isInstanceOf(UnsupportedFormatException.class);
        assertThat(failure("<html><body>二、主动公开</body></html>".getBytes(StandardCharsets.UTF_8), "a.doc"))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("HTML");
        assertThat(failure(new byte[0], "a.xls")).isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void truncatedIsCorrupt() {
        for (byte[] whole : new byte[][] {docx(), sheet(false), sheet(true)}) {
            for (int keep : new int[] {whole.length / 3, whole.length / 2, whole.length - 1100}) {
                UnreadableDocumentException e = failure(Arrays.copyOf(whole, keep), null);
                assertThat(e).as("kept %d of %d", keep, whole.length).isInstanceOf(CorruptDocumentException.class);
            }
        }
    }

    @Test
    void encryptedOoxmlIsEncrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(docx());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThat(failure(out.toByteArray(), "a.docx")).isInstanceOf(EncryptedDocumentException.class);
    }

    @Test
    void encryptedXlsIsEncrypted() throws Exception {
        byte[] bytes;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(sheet(true)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            bytes = out.toByteArray();
        }
        assertThat(failure(bytes, "a.xls")).isInstanceOf(EncryptedDocumentException.class);
    }

    @Test
    void ole2WithoutWordOrExcelStreamIsUnsupported() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        fs.createDocument(new ByteArrayInputStream(new byte[600]), "WpsContent");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThat(failure(out.toByteArray(), "a.wps")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("WpsContent").hasMessageContaining("WPS");
    }

    @Test
    void word95IsUnsupported() throws Exception {
        byte[] fib = new byte[2048];
        fib[0] = (byte) 0xEC;
        fib[1] = (byte) 0xA5;
        fib[2] = 0x65; // nFib 101: Word 6.0
        POIFSFileSystem fs = new POIFSFileSystem();
        fs.createDocument(new ByteArrayInputStream(fib), "WordDocument");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThat(failure(out.toByteArray(), "old.doc")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("Word");
    }

    @Test
    void zipsThatAreNoOfficeDocumentAreUnsupported() throws Exception {
        assertThat(failure(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"), "a.docx"))
                .isInstanceOf(UnreadableDocumentException.class)
                .isNotInstanceOf(EncryptedDocumentException.class);
        assertThat(failure(zip("readme.txt", "hello"), "a.xlsx")).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void aZipBombIsStoppedByPoiLimits() throws Exception {
        byte[] whole = docx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(whole));
                ZipOutputStream zos = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zos.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<w:body>") + "<w:body>".length();
                    String pad = "<w:p><w:r><w:t>" + " ".repeat(20_000_000) + "</w:t></w:r></w:p>";
                    data = (xml.substring(0, at) + pad + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
                zos.write(data);
            }
        }
        UnreadableDocumentException e = failure(out.toByteArray(), "bomb.docx");
        assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
    }

    @Test
    void theSizeLimitHolds() throws Exception {
        byte[] bytes = docx();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> OfficeReader.read(
                new ByteArrayInputStream(bytes), ParseContext.defaults().withMaxBytes(bytes.length - 1)));
        assertThat(t).isInstanceOf(UnreadableDocumentException.class);
        assertThat(((UnreadableDocumentException) t).reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
        assertThat(OfficeReader.read(new ByteArrayInputStream(bytes), ParseContext.defaults().withMaxBytes(bytes.length))
                .blocks()).isNotEmpty();
    }

    private static byte[] zip(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zos.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zos.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
