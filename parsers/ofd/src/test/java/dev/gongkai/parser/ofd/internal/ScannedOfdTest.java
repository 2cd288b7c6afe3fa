package dev.gongkai.parser.ofd.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ocr.ScriptedRecognizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Position;

/** An OFD page that shows only an image (a scan) goes to the installed OCR engine, in its page's place. */
class ScannedOfdTest {

    private static byte[] scannedOfd() throws Exception {
        Path png = Files.createTempFile("page", ".png");
        Path ofd = Files.createTempFile("scan", ".ofd");
        try {
            ImageIO.write(new BufferedImage(420, 594, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
            try (OFDDoc doc = new OFDDoc(ofd)) {
                VirtualPage vp = new VirtualPage(210d, 297d);
                Img img = new Img(210d, 297d, png);
                img.setPosition(Position.Absolute).setX(0d).setY(0d);
                vp.add(img);
                doc.addVPage(vp);
            }
            return Files.readAllBytes(ofd);
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(ofd);
        }
    }

    @Test
    void withoutAnEngineAScanHasNoTextLayer() throws Exception {
        byte[] bytes = scannedOfd();
        assertThatThrownBy(() -> OfdReader.read(bytes, "scan.ofd", false))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(x -> assertThat(((UnreadableDocumentException) x).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER));
    }

    @Test
    void withAnEngineTheScanIsRecognisedInItsPagesPlace() throws Exception {
        List<GridCell> row = new ArrayList<>();
        for (String t : new String[] {"一、本年新收政府信息公开申请数量", "4", "7", "0", "1", "0", "0", "12"}) {
            row.add(GridCell.of(t, null).uncertain("ocr-unchecked"));
        }
        List<Block> page = List.of(new Paragraph("2022年政府信息公开工作年度报告", null), Table.grid(List.of(row), null));
        ScriptedRecognizer.answer(origin -> page);
        OfdReader.Extraction e = OfdReader.read(scannedOfd(), "scan.ofd", true);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("page-recognised"));
        ParseResult r = TemplateInterpreter.interpret(e.blocks(), ParseContext.defaults(), "ofd", e.properties());
        assertThat(ScriptedRecognizer.seen()).hasSize(1);
        assertThat(ScriptedRecognizer.seen().get(0).page()).isEqualTo(1);
        Cell c = r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.all().get(1));
        assertThat(c.value()).isEqualByComparingTo("7");
        assertThat(c.isCertain()).as("recognised, and confirmed by its row's sum").isTrue();
    }
}
