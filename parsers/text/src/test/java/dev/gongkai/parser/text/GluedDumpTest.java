package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Section;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Crawler dumps with nothing between cells: where the line is cut, and what is not a table. */
class GluedDumpTest {

    private static final String DUMP = "某县司法局2023年政府信息公开工作年度报告\n"
            + "一、总体情况2023年，我局全年作出行政许可28件，行政处罚3件，收到政府信息公开申请9件。"
            + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可8777第二十条第（六）项信息内容本年处理决定数量行政处罚2811"
            + "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            + "一、本年新收政府信息公开申请数量8100009二、上年结转政府信息公开申请数量1000001三、本年度办理结果（一）予以公开"
            + "8100009（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（三）不予公开1.属于国家秘密0000000"
            + "2.其他法律行政法规禁止公开0000000（七）总计8100009四、结转下年度继续办理1000001"
            + "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            + "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
            + "000000000000000五、存在的主要问题及改进情况一是公开不够及时。六、其他需要报告的事项无。某县司法局2024年1月20日\n";

    private static ParseResult parse(String text) throws Exception {
        return new TextReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults());
    }

    @Test
    void tablesAreReadFromTheirSectionsNotFromNumbersInProse() throws Exception {
        ParseResult r = parse(DUMP);
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("8777");
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("2811");
        assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).value())
                .isEqualByComparingTo("8");
        assertThat(r.report().applications().cell(ApplicationRow.DENIED_PROHIBITED_BY_LAW, Applicant.TOTAL).value())
                .as("the numbering 2. is no value of the row before").isEqualByComparingTo("0");
        assertThat(r.report().applications().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
        assertThat(r.problems()).noneMatch(p -> p.code().equals("row-repeated"));
        assertThat(r.report().sections().get(Section.OVERVIEW)).contains("行政许可28件");
    }

    @Test
    void headingsSignatureAndDateAreCutOutOfTheLine() throws Exception {
        ParseResult r = parse(DUMP);
        assertThat(r.report().structure().headings()).hasSize(6);
        assertThat(r.report().organ()).isEqualTo("某县司法局");
        assertThat(r.report().published()).hasToString("2024-01-20");
        assertThat(r.report().sections().get(Section.OTHER_MATTERS)).isEqualTo("无。");
        var review = r.report().reviewLitigation();
        assertThat(review.rows()).allSatisfy(g -> assertThat(review.columns(g))
                .allSatisfy(c -> assertThat(review.value(g, c)).isEqualByComparingTo("0")));
    }

    @Test
    void aMisspeltRowLabelIsMatchedByItsNumberingAndOneTypoOrReported() throws Exception {
        ParseResult r = parse(DUMP.replace("（一）予以公开8100009", "（一）予以公布8100009"));
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
        ParseResult lost = parse(DUMP.replace("（一）予以公开8100009", "（一）准予公布8100009"));
        assertThat(lost.report().applications().has(ApplicationRow.GRANTED, Applicant.TOTAL)
                && lost.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).value() != null).isFalse();
        assertThat(lost.problems()).anyMatch(p -> p.code().equals("row-not-found")
                && p.message().startsWith("applications/granted:"));
    }

    @Test
    void unnumberedHeadingsCutTheLineWhereTheTemplateHasThem() throws Exception {
        String bare = DUMP.replace("报告\n一、总体情况", "报告总体情况").replace("。二、主动公开", "。主动公开")
                .replace("2811三、收到", "2811收到").replace("1000001四、因政府", "1000001因政府")
                .replace("000五、存在", "000存在").replace("。六、其他需要", "。其他需要");
        assertThat(bare).doesNotContain("二、主动").doesNotContain("六、");
        ParseResult r = parse(bare);
        assertThat(r.report().structure().headings()).hasSize(6);
        assertThat(r.report().sections().get(Section.OVERVIEW)).contains("行政许可28件").doesNotContain("第二十条");
        assertThat(r.report().sections().get(Section.OTHER_MATTERS)).startsWith("无。");
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("2811");
        assertThat(r.report().applications().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
    }
}
