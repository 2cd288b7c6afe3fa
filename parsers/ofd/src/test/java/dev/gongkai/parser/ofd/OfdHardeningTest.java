package dev.gongkai.parser.ofd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.parser.ofd.internal.OfdReader;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Position;

/** Detection by content, the typed refusals, and image-only OFDs (the OCR case). */
class OfdHardeningTest {

    private static byte[] fixture() throws Exception {
        return Files.readAllBytes(Path.of(OfdHardeningTest.class.getResource("/fixtures/generated-101.ofd").toURI()));
    }

    private static void parse(byte[] bytes) throws Exception {
        new OfdParser().parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName("x.ofd"));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    @Test
    void detectedByContentWhateverTheName() throws Exception {
        OfdParser p = new OfdParser();
        assertThat(p.supports(new DocumentProbe("report.zip", fixture()))).isEqualTo(95);
        assertThat(p.supports(new DocumentProbe("x.ofd", "text".getBytes(StandardCharsets.UTF_8)))).isZero();
        byte[] other = zip(Map.of("a.txt", new byte[] {1}));
        assertThat(p.supports(new DocumentProbe("x.zip", other))).isZero();
        assertThatThrownBy(() -> parse(other)).isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("OFD.xml");
    }

    @Test
    void aDtdInAnyPartIsRefusedBeforeOfdrwParsesIt() throws Exception {
        Map<String, byte[]> e = entries(fixture());
        String page = e.keySet().stream().filter(n -> n.endsWith("Content.xml")).findFirst().orElseThrow();
        String xml = new String(e.get(page), StandardCharsets.UTF_8).replaceFirst("\\?>",
                "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        e.put(page, xml.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parse(zip(e))).isInstanceOf(CorruptDocumentException.class).hasMessageContaining("DTD");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Map<String, byte[]> e = entries(fixture());
        byte[] big = new byte[40 << 20];
        Arrays.fill(big, (byte) ' ');
        e.put("Doc_0/Res/filler.xml", big);
        byte[] bomb = zip(e);
        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(x -> assertThat(((UnreadableDocumentException) x).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
    }

    @Test
    void truncatedFilesAreCorrupt() throws Exception {
        byte[] ofd = fixture();
        for (int cut : new int[] {4, 40, ofd.length / 3, ofd.length / 2}) {
            assertThatThrownBy(() -> parse(Arrays.copyOf(ofd, cut))).as("cut at " + cut)
                    .isInstanceOf(CorruptDocumentException.class);
        }
    }

    @Test
    void anImageOnlyOfdHasNoTextLayerAndOffersItsImagesForOcr() throws Exception {
        Path png = Files.createTempFile("page", ".png");
        Path ofd = Files.createTempFile("scan", ".ofd");
        try {
            ImageIO.write(new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            try (OFDDoc doc = new OFDDoc(ofd)) {
                VirtualPage vp = new VirtualPage(210d, 297d);
                Img img = new Img(210d, 297d, png);
                img.setPosition(Position.Absolute).setX(0d).setY(0d);
                vp.add(img);
                doc.addVPage(vp);
            }
            byte[] bytes = Files.readAllBytes(ofd);
            assertThatThrownBy(() -> OfdReader.read(bytes, "scan.ofd", false)).isInstanceOf(UnreadableDocumentException.class)
                    .satisfies(x -> assertThat(((UnreadableDocumentException) x).reason())
                            .isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER))
                    .hasMessageContaining("scanned");
            List<OfdReader.PageImages> images = OfdReader.imagesOfPagesWithoutText(bytes, "scan.ofd");
            assertThat(images).hasSize(1);
            assertThat(images.get(0).page()).isEqualTo(1);
            assertThat(images.get(0).images()).hasSize(1);
            assertThat(ImageIO.read(new ByteArrayInputStream(images.get(0).images().get(0))).getWidth()).isEqualTo(200);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(ofd);
        }
    }
}
