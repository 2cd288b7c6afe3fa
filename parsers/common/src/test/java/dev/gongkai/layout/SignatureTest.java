package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.spi.ParseContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature after section 六: an organ needs an organ's ending, with or without a date below it. */
class SignatureTest {

    private static Report read(String... six) throws Exception {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("某县2023年政府信息公开工作年度报告", null));
        blocks.add(new Paragraph("一、总体情况", null));
        blocks.add(new Paragraph("2023年，某县认真贯彻落实《条例》。", null));
        blocks.add(new Paragraph("六、其他需要报告的事项", null));
        for (String s : six) {
            blocks.add(new Paragraph(s, null));
        }
        return TemplateInterpreter.interpret(blocks, ParseContext.defaults(), "test").report();
    }

    @Test
    void aLastProseLineAboveTheDateIsNotTheOrgan() throws Exception {
        for (String last : new String[] {"本机关无其他需要报告的事项", "下一步我们将继续做好政务公开工作"}) {
            Report r = read(last, "2024年1月31日");
            assertThat(r.organ()).as(last).isEqualTo("某县");
            assertThat(r.published()).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(r.section(Section.OTHER_MATTERS)).contains(last);
        }
    }

    @Test
    void anOrganAboveTheDateIsTheOrgan() throws Exception {
        Report r = read("无", "某县人民政府办公室", "2024年1月31日");
        assertThat(r.organ()).isEqualTo("某县人民政府办公室");
        assertThat(r.published()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(r.section(Section.OTHER_MATTERS)).isEqualTo("无");
    }

    @Test
    void withoutADateTheLastLineNeedsAnOrgansEnding() throws Exception {
        assertThat(read("本年度无其他需要报告的事项", "某县卫生健康委员会").organ()).isEqualTo("某县卫生健康委员会");
        assertThat(read("本年度无其他需要报告的事项", "持续加强政务公开标准化规范化建设").organ()).isEqualTo("某县");
    }
}
