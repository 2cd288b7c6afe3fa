package dev.gongkai.parser.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.spi.ParseContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without the engine (the setting names a binary that is not there) a scan gives a typed error that says how to install it. */
class MissingEngineTest {

    @AfterEach
    void restore() {
        System.clearProperty(Tesseract.PROPERTY);
    }

    private static byte[] png() throws Exception {
        BufferedImage page = new BufferedImage(400, 560, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "png", out);
        return out.toByteArray();
    }

    @Test
    void aScanWithoutTheEngineSaysHowToInstallIt() throws Exception {
        System.setProperty(Tesseract.PROPERTY, "/nonexistent/tesseract");
        assertThat(Tesseract.available()).isFalse();
        assertThatThrownBy(() -> Gongkai.parse(new ByteArrayInputStream(png()),
                ParseContext.defaults().withFileName("page.png")))
                .isInstanceOf(OcrEngineMissingException.class)
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("/nonexistent/tesseract")
                .hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-chi-sim")
                .hasMessageContaining(Tesseract.ENVIRONMENT)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER));
    }

    @Test
    void imagesAreTakenByThisReader() {
        assertThat(Gongkai.parserFor(new dev.gongkai.spi.DocumentProbe("scan.tif",
                new byte[] {'I', 'I', 42, 0})).orElseThrow().name()).isEqualTo(ImageReportParser.NAME);
        assertThat(Gongkai.parserFor(new dev.gongkai.spi.DocumentProbe("scan.jpg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).orElseThrow().name())
                .isEqualTo(ImageReportParser.NAME);
    }
}
