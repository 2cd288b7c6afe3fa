package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Crawler dumps with a single space between some tokens and nothing between others, section headings
 * inside the line: read as glued dumps whose spaces are cell boundaries among others.
 */
class MixedDumpTest {

    private static final String DUMP = "某县司法局2023年政府信息公开工作年度报告\n"
            + "一、总体情况 2023年，我局全年作出行政许可28件，收到政府信息公开申请9件。"
            + "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 "
            + "第二十条第（五）项信息内容 本年处理决定数量 行政许可 8777 第二十条第（六）项 信息内容本年处理决定数量 行政处罚 2811"
            + "三、收到和处理政府信息公开申请情况 申请人情况 自 然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 "
            + "一、本年新收政府信息公开申请数量 8 100009 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 三、本年度办理结果 "
            + "（一）予以公开8 1 0 0 0 0 9 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 0000000 （三）不予公开 "
            + "1.属于国家秘密0000000 2.其他法律行政法规禁止公开 0 000000（七）总计 8100009 四、结转下年度继续办理 1000001 "
            + "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 "
            + "未经复议直接起诉 复议后起诉 结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计 "
            + "0 0 0 0 0 00000 0000 0 五、存在的主要问题及改进情况一是公开不够及时。六、其他需要报告的事项 无。某县司法局2024年1月20日\n";

    private static ParseResult parse(String text) throws Exception {
        return new TextReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults());
    }

    @Test
    void aDumpWithSpacesInSomePlacesHasItsThreeTablesAndTheirCells() throws Exception {
        ParseResult r = parse(DUMP);
        assertThat(r.report().structure().tablesFound()).containsExactlyInAnyOrder(TableId.values());
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("8777");
        assertThat(r.report().activeDisclosure().cell(ActiveRow.RULES, ActiveColumn.ISSUED).value())
                .isEqualByComparingTo("0");
        assertThat(r.report().applications().cell(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON).value())
                .as("8 100009: the space is one boundary, the sum finds the others").isEqualByComparingTo("8");
        assertThat(r.report().applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).value())
                .as("a label run into its first number").isEqualByComparingTo("9");
        assertThat(r.report().applications().cell(ApplicationRow.DENIED_STATE_SECRET, Applicant.TOTAL).value())
                .isEqualByComparingTo("0");
        assertThat(r.report().applications().cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL).value())
                .isEqualByComparingTo("9");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.REVIEW, ReviewColumn.TOTAL).value())
                .isEqualByComparingTo("0");
        assertThat(Validator.defaults().validate(r.report())).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void aSpacedDumpWhoseProseRunsALabelIntoANumberStaysSpaced() throws Exception {
        String spaced = new String(Golden.resource("/fixtures/crawler-one-line-spaced.txt"), StandardCharsets.UTF_8);
        String prose = spaced.replace("本局扎实推进政府信息公开工作。", "本局扎实推进政府信息公开工作，全年作出行政许可28件。");
        assertThat(prose).isNotEqualTo(spaced);
        // read as a spaced dump (cell streams, where an empty token is a blank cell), not as a glued one
        assertThat(dev.gongkai.parser.text.internal.TextLayout.blocks(prose))
                .filteredOn(b -> b instanceof dev.gongkai.layout.Table).isNotEmpty()
                .allMatch(b -> ((dev.gongkai.layout.Table) b).kind() == dev.gongkai.layout.Table.Kind.STREAM);
        ParseResult before = parse(spaced);
        ParseResult after = parse(prose);
        assertThat(dev.gongkai.model.ReportDiff.between(before.report(), after.report(), false)).isEmpty();
        assertThat(after.report().sections().get(dev.gongkai.model.Section.OVERVIEW)).contains("行政许可28件");
    }

    @Test
    void headingsWithoutNumeralsCutTheLineWithOrWithoutSpacesAround() throws Exception {
        String bare = DUMP.replace("二、主动公开", "主动公开").replace("2811三、收到", "2811 收到")
                .replace("1000001 四、因政府", "1000001因政府").replace("0 五、存在", "0存在");
        assertThat(bare).doesNotContain("二、主动").doesNotContain("五、存在");
        ParseResult r = parse(bare);
        assertThat(r.report().structure().headings()).hasSize(6);
        assertThat(r.report().structure().tablesFound()).containsExactlyInAnyOrder(TableId.values());
        assertThat(r.report().activeDisclosure().cell(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.DECISIONS).value())
                .isEqualByComparingTo("2811");
        assertThat(r.report().applications().cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL).value())
                .isEqualByComparingTo("1");
        assertThat(r.report().reviewLitigation().cell(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void aTableSectionWhoseLabelsAreNotFoundIsUnmappedNotMissing() throws Exception {
        String garbled = DUMP.replace("规章 0 0 0", "规定办法 0 0 0").replace("行政许可 8777", "许可事项 8777")
                .replace("行政处罚 2811", "处罚事项 2811");
        ParseResult r = parse(garbled);
        assertThat(r.report().structure().tablesFound()).doesNotContain(TableId.ACTIVE_DISCLOSURE);
        assertThat(r.report().structure().tablesUnmapped()).containsKey(TableId.ACTIVE_DISCLOSURE);
        assertThat(Validator.defaults().validate(r.report()))
                .noneMatch(f -> f.rule().equals("structure.tables") && f.severity() == Severity.ERROR)
                .anyMatch(f -> f.rule().equals("reading.uncertain"));
    }
}
