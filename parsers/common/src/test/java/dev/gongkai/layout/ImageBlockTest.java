package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An image standing where a section's table should be, with no OCR engine installed (none is on this
 * module's class path): the table is held but not mapped (table-image), never missing, and a document
 * whose prose is text is read.
 */
class ImageBlockTest {

    private static ImageBlock image(String path) {
        return new ImageBlock(() -> new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY),
                new ImageRecognizer.ImageOrigin(0, path, 96), null);
    }

    @Test
    void aTableThatIsAnImageIsHeldNotMissing() throws Exception {
        assertThat(ImageRecognizer.installed()).isEmpty();
        ParseResult r = TemplateInterpreter.interpret(List.of(
                new Paragraph("某市人民政府2022年政府信息公开工作年度报告", null),
                new Paragraph("一、总体情况", null),
                new Paragraph("本年度共收到申请12件。", null),
                new Paragraph("三、收到和处理政府信息公开申请情况", null),
                image("word/media/image1.png"),
                new Paragraph("四、政府信息公开行政复议、行政诉讼情况", null),
                image("word/media/image2.png"),
                new Paragraph("五、政府信息公开工作存在的主要问题及改进情况", null),
                new Paragraph("无。", null)), ParseContext.defaults(), "test");
        assertThat(r.report().year()).isEqualTo(2022);
        assertThat(r.report().structure().tablesUnmapped())
                .containsEntry(TableId.APPLICATIONS, "table-image")
                .containsEntry(TableId.REVIEW_LITIGATION, "table-image")
                .doesNotContainKey(TableId.ACTIVE_DISCLOSURE);
        assertThat(r.problems()).filteredOn(p -> p.code().equals("table-image")).hasSize(2)
                .allMatch(p -> p.message().contains("install"));
    }

    @Test
    void anImageBesideATableThatWasReadChangesNothing() throws Exception {
        ParseResult r = TemplateInterpreter.interpret(List.of(
                new Paragraph("2022年政府信息公开工作年度报告", null),
                new Paragraph("三、收到和处理政府信息公开申请情况", null),
                image("seal.png"),
                Table.grid(List.of(List.of(GridCell.of("一、本年新收政府信息公开申请数量", null),
                        GridCell.of("4", null), GridCell.of("7", null), GridCell.of("0", null), GridCell.of("1", null),
                        GridCell.of("0", null), GridCell.of("0", null), GridCell.of("12", null))), null)),
                ParseContext.defaults(), "test");
        assertThat(r.report().structure().tablesUnmapped()).isEmpty();
        assertThat(r.problems()).noneMatch(p -> p.code().equals("table-image"));
    }
}
