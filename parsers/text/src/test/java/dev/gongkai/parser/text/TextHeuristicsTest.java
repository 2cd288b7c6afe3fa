package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.parser.text.internal.TextLayout;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page numbers between Markdown rows; prose of a spaced crawler dump cut at its spaces. */
class TextHeuristicsTest {

    private static Report parse(String text) throws Exception {
        return new TextReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults()).report();
    }

    private static final String MARKDOWN = String.join("\n",
            "某县2023年政府信息公开工作年度报告",
            "一、总体情况",
            "2023年，某县认真贯彻落实《条例》。",
            "二、主动公开政府信息情况",
            "| 行政许可 |",
            "%s",
            "| 28329 |",
            "三、收到和处理政府信息公开申请情况",
            "| 一、本年新收政府信息公开申请数量 | 1 | 2 | 0 | 0 | 0 | 0 | 3 |",
            "%s",
            "| 二、上年结转政府信息公开申请数量 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |",
            "");

    @Test
    void aBarePageNumberBetweenMarkdownRowsIsNoCellAndDoesNotEndTheTable() throws Exception {
        for (String page : List.of("5", "12", "- 5 -", "— 7 —", "１２")) {
            String md = MARKDOWN.formatted(page, page);
            List<Block> blocks = TextLayout.blocks(md);
            assertThat(blocks.stream().filter(b -> b instanceof Table).count()).as(page).isEqualTo(2);
            assertThat(blocks).as(page).noneMatch(b -> b instanceof Paragraph p && p.text().strip().equals(page.strip()));
            Report r = parse(md);
            assertThat(r.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS))
                    .as(page).isEqualByComparingTo("28329");
            assertThat(r.applications().value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL)).isEqualByComparingTo("1");
            assertThat(r.section(Section.ACTIVE_DISCLOSURE)).as(page).isNullOrEmpty();
        }
    }

    @Test
    void aNumberInsideAMarkdownRowIsStillACell() throws Exception {
        List<Block> blocks = TextLayout.blocks(MARKDOWN.formatted("", "2023年，本机关继续推进。"));
        assertThat(blocks.stream().filter(b -> b instanceof Table).count()).isEqualTo(3);
    }

    @Test
    void proseOfASpacedDumpCutAtItsSpacesIsOneParagraph() throws Exception {
        StringBuilder dump = new StringBuilder("某县2023年政府信息公开工作年度报告 一、总体情况 "
                + "2023年，某县 认真贯彻 落实《条例》，全年 主动公开 政府信息 25 条。 本机关 将继续 做好 公开工作。 "
                + "二、主动公开政府信息情况 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 3 行政规范性文件 2 1 20 "
                + "信息内容 本年处理决定数量 行政许可 28329 行政处罚 5772 行政强制 12 "
                + "三、收到和处理政府信息公开申请情况 "
                + "一、本年新收政府信息公开申请数量 1 2 0 0 0 0 3 二、上年结转政府信息公开申请数量 0 1 0 0 0 0 1 "
                + "四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 "
                + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 "
                + "五、存在的主要问题及改进情况 一是 公开 不够及时；二是 解读 形式 单一。 "
                + "六、其他需要报告的事项 无 某县人民政府 2024年1月31日");
        Report r = parse(dump.toString());
        assertThat(r.section(Section.OVERVIEW)).isEqualTo(
                "2023年，某县 认真贯彻 落实《条例》，全年 主动公开 政府信息 25 条。\n本机关 将继续 做好 公开工作。");
        assertThat(r.section(Section.PROBLEMS)).isEqualTo("一是 公开 不够及时；二是 解读 形式 单一。");
        assertThat(r.section(Section.OTHER_MATTERS)).isEqualTo("无");
        assertThat(r.organ()).isEqualTo("某县人民政府");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(r.title()).isEqualTo("某县2023年政府信息公开工作年度报告");
        assertThat(r.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS))
                .isEqualByComparingTo("28329");
    }
}
