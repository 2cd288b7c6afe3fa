package dev.gongkai.parser.odf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.parser.odf.render.OdfRenderer;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Detection by content, and the typed refusals: bombs, DTDs and entities, passwords, other ODF types. */
class OdfHardeningTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>";
    private static final String END = "</office:text></office:body></office:document-content>";

    private static ParseResult parse(byte[] bytes, String name) throws Exception {
        return new OdfParser().parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name));
    }

    private static Layout layout() {
        return ReportLayouts.layout(Reports.generator().generate(7), 7);
    }

    @Test
    void detectedByContentWhateverTheName() {
        OdfParser p = new OdfParser();
        byte[] odt = OdfRenderer.odt(layout(), null);
        assertThat(p.supports(new DocumentProbe("report.bin", odt))).isEqualTo(95);
        assertThat(p.supports(new DocumentProbe(null, OdfRenderer.ods(layout(), null)))).isEqualTo(95);
        assertThat(p.supports(new DocumentProbe("x.xml", OdfRenderer.fodt(layout(), null)))).isEqualTo(95);
        assertThat(p.supports(new DocumentProbe("x.odt", "plain text".getBytes(StandardCharsets.UTF_8)))).isZero();
        byte[] epub = OdfRenderer.zip("application/epub+zip", "<x/>", null, null);
        assertThat(p.supports(new DocumentProbe("book.epub", epub))).isZero();
    }

    @Test
    void aDocumentSavedWithAPasswordIsEncrypted() {
        String manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
                + "</manifest:file-entry></manifest:manifest>";
        byte[] bytes = OdfRenderer.zip(OdfRenderer.TEXT, "\u0001\u0002 not xml", null, manifest);
        assertThatThrownBy(() -> parse(bytes, "secret.odt")).isInstanceOf(EncryptedDocumentException.class)
                .hasMessageContaining("password");
    }

    @Test
    void aPresentationIsAnotherFormat() {
        byte[] bytes = OdfRenderer.zip("application/vnd.oasis.opendocument.presentation", HEAD + ROOT + END, null, null);
        assertThatThrownBy(() -> parse(bytes, "slides.odp")).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("presentation");
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() {
        String laughs = HEAD + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + ROOT + "<text:p>&d;&d;&d;&d;</text:p>" + END;
        String external = HEAD + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + ROOT + "<text:p>&e;</text:p>" + END;
        for (String xml : new String[] {laughs, external}) {
            byte[] odt = OdfRenderer.zip(OdfRenderer.TEXT, xml, null, null);
            assertThatThrownBy(() -> parse(odt, "x.odt")).isInstanceOf(CorruptDocumentException.class)
                    .hasMessageContaining("DTD");
            byte[] flat = xml.replace("office:document-content", "office:document").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> parse(flat, "x.fodt")).isInstanceOf(CorruptDocumentException.class)
                    .hasMessageContaining("DTD");
        }
        byte[] undeclared = OdfRenderer.zip(OdfRenderer.TEXT, HEAD + ROOT + "<text:p>&nbsp;</text:p>" + END, null, null);
        assertThatThrownBy(() -> parse(undeclared, "x.odt")).isInstanceOf(CorruptDocumentException.class);
    }

    @Test
    void aZipBombIsRefusedQuickly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write(OdfRenderer.TEXT.getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("content.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                z.write(spaces);
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(200_000);
        long start = System.nanoTime();
        assertThatThrownBy(() -> parse(bomb, "bomb.odt")).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE))
                .hasMessageContaining("zip bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void repeatedRowsThatWouldFillMillionsOfCellsAreRefused() {
        String xml = HEAD + ROOT + "<table:table><table:table-row table:number-rows-repeated=\"5000000\">"
                + "<table:table-cell><text:p>1</text:p></table:table-cell></table:table-row></table:table>" + END;
        byte[] bytes = OdfRenderer.zip(OdfRenderer.TEXT, xml, null, null);
        assertThatThrownBy(() -> parse(bytes, "x.odt")).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
    }

    @Test
    void truncatedAndEmptyContainersAreCorrupt() {
        byte[] odt = OdfRenderer.odt(layout(), null);
        for (int cut : new int[] {4, 30, odt.length / 3, odt.length / 2}) {
            byte[] b = Arrays.copyOf(odt, cut);
            assertThatThrownBy(() -> parse(b, "cut.odt")).as("cut at " + cut).isInstanceOf(CorruptDocumentException.class);
        }
        byte[] noContent = OdfRenderer.zip(OdfRenderer.TEXT, "", null, null);
        assertThatThrownBy(() -> parse(noContent, "x.odt")).isInstanceOf(UnreadableDocumentException.class);
    }
}
