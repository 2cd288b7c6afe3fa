package dev.gongkai.parser.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpacedLayersTest {

    @Test
    void aSpacedLayersChineseAndYearsAreReadUnspaced() {
        assertThat(SpacedLayers.unspaced("樟树 市 2023 年 政府 信息 公开 工作 年 度 报 告"))
                .isEqualTo("樟树市2023年政府信息公开工作年度报告");
        assertThat(SpacedLayers.unspaced("统计 期 限 自 2 0 2 3 年 1 月 1 日 起 至 2 0 2 3 年 12 月 31 日 止 。"))
                .isEqualTo("统计期限自2023年1月1日起至2023年12月31日止。");
        assertThat(SpacedLayers.unspaced("《 寻 乌 县 司法 局 2025 年 政府 信息 公开 工作 年 度 报告 》"))
                .isEqualTo("《寻乌县司法局2025年政府信息公开工作年度报告》");
    }

    @Test
    void numbersLatinAndWideGapsAreKept() {
        // two numbers are never joined; a digit pair that is no year, Latin words and wide gaps stay
        assertThat(SpacedLayers.unspaced("共 12 34 件")).isEqualTo("共12 34件");
        assertThat(SpacedLayers.unspaced("编号 3 1 4 1 号")).isEqualTo("编号3 1 4 1号");
        assertThat(SpacedLayers.unspaced("2 0 2 3 4")).isEqualTo("2 0 2 3 4");
        assertThat(SpacedLayers.unspaced("http://www.gov.cn 下载")).isEqualTo("http://www.gov.cn 下载");
        assertThat(SpacedLayers.unspaced("总    体   情况")).isEqualTo("总    体   情况");
    }

    @Test
    void onlyTheProseOfUniformlySpacedLayerPagesIsUnspaced() {
        Paragraph spaced = new Paragraph("樟树 市 2023 年 政府 信息 公开 工作 年 度 报 告", SourceSpan.page(1, null));
        Paragraph born = new Paragraph("本报告依据 《条例》 编制", SourceSpan.page(2, null));
        Paragraph notLayer = new Paragraph("政府 信息 公开", SourceSpan.page(3, null));
        Table cells = Table.stream(List.of(GridCell.of("1 2", SourceSpan.page(1, null))), SourceSpan.page(1, null));
        List<Block> out = SpacedLayers.unspaced(List.of(spaced, born, notLayer, cells), Set.of(1, 2));
        assertThat(((Paragraph) out.get(0)).text()).isEqualTo("樟树市2023年政府信息公开工作年度报告");
        assertThat(out.get(1)).isSameAs(born); // a layer that does not space its Chinese
        assertThat(out.get(2)).isSameAs(notLayer); // not an OCR layer
        assertThat(out.get(3)).isSameAs(cells);
    }
}
