package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Title, organ and date from every source SPEC §3 lists, in its order of trust: the report's text
 * (title line, signature), the lines around the title (a crawler's header, 发布日期：), then the
 * carrier's {@link DocumentProperties}. Words that are no part of a title are not taken into it, and
 * an organ is a plausible organ's name or {@code null}.
 */
class MetadataSourcesTest {

    private static ParseResult parse(DocumentProperties p, String... head) throws Exception {
        return parse(p, List.of(), head);
    }

    private static ParseResult parse(DocumentProperties p, List<String> six, String... head) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (String h : head) {
            blocks.add(new Paragraph(h, null));
        }
        blocks.add(new Paragraph("一、总体情况", null));
        blocks.add(new Paragraph("2020年，本机关认真贯彻落实《条例》。统计期限自2020年1月1日起至2020年12月31日止。", null));
        blocks.add(new Paragraph("六、其他需要报告的事项", null));
        blocks.add(new Paragraph("无", null));
        for (String s : six) {
            blocks.add(new Paragraph(s, null));
        }
        return TemplateInterpreter.interpret(blocks, ParseContext.defaults(), "test", p);
    }

    private static Report read(DocumentProperties p, String... head) throws Exception {
        return parse(p, head).report();
    }

    private static final DocumentProperties NONE = DocumentProperties.NONE;

    @Test
    void aPagesTitleIsCleanedOfTheSiteName() throws Exception {
        for (String page : new String[] {"樟树市2020年政府信息公开工作年度报告_樟树市人民政府",
            "樟树市人民政府 - 樟树市2020年政府信息公开工作年度报告", "中国樟树 | 樟树市2020年政府信息公开工作年度报告",
            "首页>政务公开>樟树市2020年政府信息公开工作年度报告", "Microsoft Word - 樟树市2020年政府信息公开工作年度报告.docx",
            "《樟树市2020年政府信息公开工作年度报告》", "樟树市2020年政府信息公开工作年度报告-樟树市人民政府门户网站",
            "樟树市2020年政府信息公开工作年度报告——樟树市人民政府", "樟树市2020年政府信息公开工作年度报告｜中国樟树"}) {
            Report r = read(NONE.withPageTitle(page).withSiteName("樟树市人民政府"));
            assertThat(r.title()).as(page).isEqualTo("樟树市2020年政府信息公开工作年度报告");
            assertThat(r.organ()).as(page).isEqualTo("樟树市");
            assertThat(r.year()).isEqualTo(2020);
        }
        assertThat(read(NONE.withPageTitle("樟树市人民政府").withSiteName("樟树市人民政府")).title()).isNull();
        assertThat(read(NONE.withPageTitle("樟树市2020年政府信息公开工作年度报告（2021-01-29）")).title())
                .isEqualTo("樟树市2020年政府信息公开工作年度报告（2021-01-29）");
        assertThat(read(NONE.withPageTitle("政府信息公开年报").withColumn("政府信息公开年报")).title()).isNull();
    }

    @Test
    void theArticleTitleComesBeforeThePageTitleAndTheTextBeforeBoth() throws Exception {
        DocumentProperties p = NONE.withTitle("甲县2020年政府信息公开工作年度报告").withPageTitle("乙县2020年政府信息公开工作年度报告_乙县");
        assertThat(read(p).title()).isEqualTo("甲县2020年政府信息公开工作年度报告");
        Report own = read(p, "丙县2020年政府信息公开工作年度报告");
        assertThat(own.title()).isEqualTo("丙县2020年政府信息公开工作年度报告");
        assertThat(own.organ()).isEqualTo("丙县");
    }

    @Test
    void pubDateIsReadInTheFormsSitesWriteIt() throws Exception {
        for (String d : new String[] {"2021-01-29 10:15", "2021-01-29", "2021/1/29", "2021.01.29", "20210129",
            "2021年1月29日", "2021年01月29日 10:15:00", "二〇二一年一月二十九日", "２０２１－０１－２９"}) {
            assertThat(read(NONE.withPublished(d)).published()).as(d).isEqualTo(LocalDate.of(2021, 1, 29));
        }
        assertThat(read(NONE.withPublished("2021-02-30")).published()).isNull();
        assertThat(read(NONE.withPublished("近日")).published()).isNull();
    }

    @Test
    void aDateBeforeTheReportsYearHasEndedIsNotItsPublication() throws Exception {
        ParseResult r = parse(NONE.withPublished("2020-06-01"), "某县2020年政府信息公开工作年度报告");
        assertThat(r.report().published()).isNull();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("date-before-year"));
    }

    @Test
    void theSignaturesDateWinsOverTheLineUnderTheTitleWhichWinsOverTheCarrier() throws Exception {
        DocumentProperties p = NONE.withPublished("2021-03-01").withLines(List.of("发布时间：2021-02-01 09:00 来源：某县政府办"));
        String[] head = {"某县2020年政府信息公开工作年度报告", "发布日期：2021-01-15"};
        assertThat(parse(p, List.of("某县人民政府", "2021年1月10日"), head).report().published())
                .isEqualTo(LocalDate.of(2021, 1, 10));
        assertThat(read(p, head).published()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(read(p, "某县2020年政府信息公开工作年度报告").published()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(read(NONE.withPublished("2021-03-01"), "某县2020年政府信息公开工作年度报告").published())
                .isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void aCrawlersHeaderGivesTitleDateAndPublisher() throws Exception {
        Report r = read(NONE, "标题：某县2020年政府信息公开工作年度报告", "发布时间：2021-01-20 16:30", "发布机构：某县人民政府办公室", "正文");
        assertThat(r.title()).isEqualTo("某县2020年政府信息公开工作年度报告");
        assertThat(r.organ()).isEqualTo("某县");
        assertThat(r.published()).isEqualTo(LocalDate.of(2021, 1, 20));
        Report inline = read(NONE, "标题:某县2020年政府信息公开工作年度报告 发布时间:2021-01-20 发布机构:某县人民政府办公室");
        assertThat(inline.title()).isEqualTo("某县2020年政府信息公开工作年度报告");
        assertThat(inline.published()).isEqualTo(LocalDate.of(2021, 1, 20));
    }

    @Test
    void thePublisherIsTheOrganOnlyWhenPlausibleAndNothingBetterIsThere() throws Exception {
        assertThat(read(NONE.withPublisher("某县人民政府办公室"), "2020年政府信息公开工作年度报告").organ())
                .isEqualTo("某县人民政府办公室");
        assertThat(read(NONE.withPublisher("某县政府门户网站"), "2020年政府信息公开工作年度报告").organ()).isNull();
        assertThat(read(NONE.withPublisher("某县人民政府办公室"), "某县统计局2020年政府信息公开工作年度报告").organ())
                .isEqualTo("某县统计局");
        assertThat(read(NONE, "发布机构：某县人民政府办公室", "2020年政府信息公开工作年度报告").organ())
                .isEqualTo("某县人民政府办公室");
        assertThat(read(NONE.withSiteName("某县人民政府"), "2020年政府信息公开工作年度报告").organ()).isNull();
    }

    @Test
    void wordsAboveOrBeforeATitleAreNotPartOfIt() throws Exception {
        String[][] cases = {
            {"正文", "2019年上海市人民政府办公厅政府信息公开工作年度报告"},
            {"附件1：2019年上海市人民政府办公厅政府信息公开工作年度报告"},
            {"首页 > 政务公开 > 年度报告", "2019年上海市人民政府办公厅政府信息公开工作年度报告"},
            {"当前位置：首页", "2019年度上海市人民政府办公厅政府信息公开工作年度报告"},
            {"政府信息公开年报", "正文：2019年上海市人民政府办公厅政府信息公开工作年度报告"},
        };
        for (String[] head : cases) {
            Report r = read(NONE.withColumn("政府信息公开年报"), head);
            assertThat(r.title()).as(String.join("/", head)).startsWith("2019年").doesNotContain("正文", "附件", "首页");
            assertThat(r.organ()).as(String.join("/", head)).isEqualTo("上海市人民政府办公厅");
        }
    }

    @Test
    void anOrganIsAnOrgansNameOrNull() throws Exception {
        Report r = read(NONE, "正文", "2020年政府信息公开工作年度报告");
        assertThat(r.title()).isEqualTo("2020年政府信息公开工作年度报告");
        assertThat(r.organ()).isNull();
        assertThat(read(NONE, "某县人民政府", "2020年政府信息公开工作年度报告").organ()).isEqualTo("某县人民政府");
        assertThat(read(NONE, "某县人民政府网站", "2020年政府信息公开工作年度报告").organ()).isNull();
        assertThat(read(NONE, "某县人民政府关于2020年政府信息公开工作年度报告").organ()).isEqualTo("某县人民政府");
    }

    @Test
    void theSignatureIsFoundAbovePageFurnitureThatAPrintedPageKeeps() throws Exception {
        Report r = parse(NONE, List.of("樟树市人民政府办公室", "2021年1月28日分享到：微信 微博", "主办单位：本站 版权所有"),
                "樟树市2020年政府信息公开工作年度报告").report();
        assertThat(r.organ()).isEqualTo("樟树市人民政府办公室");
        assertThat(r.published()).isEqualTo(LocalDate.of(2021, 1, 28));
        assertThat(r.section(dev.gongkai.model.Section.OTHER_MATTERS)).isEqualTo("无");
        Report own = parse(NONE, List.of("樟树市人民政府办公室", "2021年1月28日", "分享到：微信 微博", "打印 关闭"),
                "樟树市2020年政府信息公开工作年度报告").report();
        assertThat(own.published()).isEqualTo(LocalDate.of(2021, 1, 28));
        Report prose = parse(NONE, List.of("我们将在主办单位的指导下继续做好公开工作。"),
                "樟树市2020年政府信息公开工作年度报告").report();
        assertThat(prose.published()).isNull();
        assertThat(prose.section(dev.gongkai.model.Section.OTHER_MATTERS)).endsWith("继续做好公开工作。");
    }
}
