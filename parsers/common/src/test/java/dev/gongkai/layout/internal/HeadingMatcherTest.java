package dev.gongkai.layout.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Section;
import org.junit.jupiter.api.Test;

/** Section headings with and without numerals; prose lines that mention a section's words are no heading. */
class HeadingMatcherTest {

    @Test
    void headingsWithAndWithoutNumerals() {
        assertThat(HeadingMatcher.match("一、总体情况").section()).isEqualTo(Section.OVERVIEW);
        assertThat(HeadingMatcher.match("二、主动公开政府信息情况").section()).isEqualTo(Section.ACTIVE_DISCLOSURE);
        assertThat(HeadingMatcher.match("主动公开政府信息情况").section()).isEqualTo(Section.ACTIVE_DISCLOSURE);
        assertThat(HeadingMatcher.match("收到和处理政府信息公开申请情况").section()).isEqualTo(Section.APPLICATIONS);
        assertThat(HeadingMatcher.match("政府信息公开行政复议、行政诉讼情况").section())
                .isEqualTo(Section.REVIEW_LITIGATION);
        assertThat(HeadingMatcher.match("存在的主要问题及改进情况").section()).isEqualTo(Section.PROBLEMS);
        assertThat(HeadingMatcher.match("其他需要报告的事项").section()).isEqualTo(Section.OTHER_MATTERS);
        assertThat(HeadingMatcher.match("**四、政府信息公开行政复议、行政诉讼情况**").numbered()).isTrue();
    }

    @Test
    void proseThatMentionsASectionIsNoHeading() {
        for (String prose : new String[] {
            "本年度未发生政府信息公开行政复议、行政诉讼案件。",
            "全年未发生因政府信息公开引起的行政复议和行政诉讼",
            "我局主动公开政府信息",
            "本机关主动公开政府信息情况良好",
            "依申请公开工作总体平稳有序",
            "无其他需要报告的事项。",
            "2023年主动公开政府信息情况",
            "全面梳理主动公开情况",
            "进一步规范依申请公开办理情况",
            "持续做好行政复议应诉事项",
            "认真分析存在的主要问题",
        }) {
            assertThat(HeadingMatcher.match(prose)).as(prose).isNull();
        }
    }
}
