package dev.gongkai.parser.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Table;
import dev.gongkai.parser.pdf.Blocks;
import dev.gongkai.testkit.render.page.PageFlow;
import dev.gongkai.parser.pdf.render.PdfCanvas;
import dev.gongkai.testkit.render.page.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuledGridTest {

    private static TableSpec header() {
        return new TableSpec(150, 60, 60, 60, 60)
                .cell(0, 0, 2, 1, "项目")
                .cell(0, 1, 1, 3, "法人或其他组织")
                .cell(0, 4, 2, 1, "总计")
                .cell(1, 1, "商业企业")
                .cell(1, 2, "科研机构")
                .cell(1, 3, "其他")
                .headerRows(2);
    }

    private static byte[] render(TableSpec spec, boolean filled, boolean repeat) {
        try (PdfCanvas canvas = new PdfCanvas()) {
            PageFlow flow = new PageFlow(canvas, n -> "— " + n + " —", filled, repeat);
            flow.paragraph("表格之前的一段文字。", 12, false, true);
            flow.table(spec, 10.5f);
            flow.paragraph("表格之后的一段文字。", 12, false, true);
            return canvas.toBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rebuildsCellsAndMergesFromRulings(boolean filledRules) {
        TableSpec spec = header()
                .cell(2, 0, "一、本年新收政府信息公开申请数量")
                .cell(2, 1, "3").cell(2, 2, "0").cell(2, 3, "").cell(2, 4, "3")
                .cell(3, 0, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
                .cell(3, 1, "12").cell(3, 2, "—").cell(3, 3, "1").cell(3, 4, "13");
        List<Block> blocks = Blocks.of(render(spec, filledRules, true));

        assertThat(Blocks.paragraphs(blocks)).containsExactly("表格之前的一段文字。", "表格之后的一段文字。");
        List<Table> tables = Blocks.tables(blocks);
        assertThat(tables).hasSize(1);
        Table t = tables.get(0);
        assertThat(t.kind()).isEqualTo(Table.Kind.GRID);
        assertThat(Blocks.texts(t)).isEqualTo(spec.expected());
        boolean[][] merged = Blocks.merged(t);
        assertThat(merged[0]).containsExactly(false, false, true, true, false);
        assertThat(merged[1]).containsExactly(true, false, false, false, true);
        assertThat(merged[2]).containsExactly(false, false, false, false, false);
        assertThat(t.rows().get(3).get(0).text()).contains("\n");
        assertThat(t.rows().get(2).get(1).span().page()).isEqualTo(1);
        assertThat(t.rows().get(2).get(1).span().path()).matches("x=\\S+ y=\\S+ w=\\S+ h=\\S+");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void continuesATableOverPageBreaksWithoutRepeatedHeadersOrFooters(boolean repeatHeader) {
        TableSpec spec = header();
        int rows = 70;
        for (int r = 2; r < rows; r++) {
            spec.cell(r, 0, "第" + r + "行").cell(r, 1, Integer.toString(r)).cell(r, 2, Integer.toString(r * 7))
                    .cell(r, 3, "0").cell(r, 4, Integer.toString(r * 8));
        }
        List<Block> blocks = Blocks.of(render(spec, false, repeatHeader));

        List<Table> tables = Blocks.tables(blocks);
        assertThat(tables).hasSize(1);
        assertThat(Blocks.texts(tables.get(0))).isEqualTo(spec.expected());
        assertThat(Blocks.paragraphs(blocks)).containsExactly("表格之前的一段文字。", "表格之后的一段文字。");
    }

    @Test
    void aRowSpanningCellContinuesEmptyOnTheNextPage() {
        TableSpec spec = new TableSpec(80, 150, 60).headerRows(1)
                .cell(0, 0, 1, 2, "项目").cell(0, 2, "数量");
        int rows = 60;
        spec.cell(1, 0, rows - 1, 1, "三、本年度办理结果");
        for (int r = 1; r < rows; r++) {
            spec.cell(r, 1, "第" + r + "项").cell(r, 2, Integer.toString(r));
        }
        Table t = Blocks.tables(Blocks.of(render(spec, false, false))).get(0);
        String[][] texts = Blocks.texts(t);
        assertThat(texts).hasNumberOfRows(rows);
        for (int r = 1; r < rows; r++) {
            assertThat(texts[r][1]).isEqualTo("第" + r + "项");
            assertThat(texts[r][2]).isEqualTo(Integer.toString(r));
            assertThat(texts[r][0]).isIn("三、本年度办理结果", "");
        }
        assertThat(texts[1][0]).isEqualTo("三、本年度办理结果");
    }
}
