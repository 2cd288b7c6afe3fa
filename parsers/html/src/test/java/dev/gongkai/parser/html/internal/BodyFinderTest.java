package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFinderTest {

    private static final String REPORT = """
            <p>本报告依据《中华人民共和国政府信息公开条例》编制。</p>
            <p>一、总体情况</p><p>2023年，公开信息18090条。</p>
            <p>二、主动公开政府信息情况</p>
            <table><tr><td colspan=4>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr></table>
            <p>三、收到和处理政府信息公开申请情况</p>
            <table><tr><td>一、本年新收政府信息公开申请数量</td><td>20</td></tr></table>
            <p>四、政府信息公开行政复议、行政诉讼情况</p>
            <table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果维持</td><td>复议后起诉</td></tr></table>
            <p>五、存在的主要问题及改进情况</p><p>问题不少。</p>
            <p>六、其他需要报告的事项</p><p>无。</p>
            <p style="text-align:right">樟树市人民政府办公室</p><p>2024年1月20日</p>
            """;

    @Test
    void aSavedPageKeepsOnlyTheReport() {
        String page = """
                <!DOCTYPE html><html><head><title>樟树市2023年政府信息公开工作年度报告_樟树市人民政府</title>
                <script>var x = "一、总体情况";</script></head><body>
                <div class="header"><div class="logo">樟树市人民政府</div>
                  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
                <div class="main">
                  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a>年度报告</a> &gt; 樟树市2023年政府信息公开工作年度报告</div>
                  <div class="left"><ul><li><a href="/a">樟树市2022年政府信息公开工作年度报告</a></li></ul></div>
                  <div class="article">
                    <h1 class="title">樟树市2023年政府信息公开工作年度报告</h1>
                    <div class="info">发布时间：2024-01-20 来源：市政府办 <span class="share">分享到：微信 微博</span></div>
                    <div class="content" id="zoom">%s
                      <div class="bdsharebuttonbox"><a class="bds_weixin">微信</a></div>
                    </div>
                    <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a>【关闭窗口】</a></div>
                  </div>
                </div>
                <div class="footer">主办：樟树市人民政府办公室 版权所有 赣ICP备00000000号</div>
                </body></html>""".formatted(REPORT);
        List<Block> blocks = Blocks.report(page);
        List<String> texts = Blocks.texts(blocks);
        assertThat(texts.get(0)).isEqualTo("樟树市2023年政府信息公开工作年度报告");
        assertThat(texts.get(1)).startsWith("本报告依据");
        assertThat(texts).endsWith("樟树市人民政府办公室", "2024年1月20日");
        assertThat(texts).noneMatch(t -> t.contains("分享") || t.contains("首页") || t.contains("打印")
                || t.contains("版权") || t.contains("发布时间") || t.contains("微信"));
        assertThat(Blocks.tables(blocks)).hasSize(3);
        List<Block> alone = Blocks.of(REPORT);
        assertThat(texts.subList(1, texts.size())).isEqualTo(Blocks.texts(alone));
        assertThat(Blocks.tables(blocks).stream().map(Blocks::rows).toList())
                .isEqualTo(Blocks.tables(alone).stream().map(Blocks::rows).toList());
    }

    @Test
    void aBareFragmentIsReadWhole() {
        List<Block> fragment = Blocks.report("<h2>某县2023年政府信息公开工作年度报告</h2>" + REPORT);
        assertThat(Blocks.texts(fragment).get(0)).isEqualTo("某县2023年政府信息公开工作年度报告");
        assertThat(Blocks.tables(fragment)).hasSize(3);
        assertThat(fragment).hasSize(Blocks.of("<h2>某县2023年政府信息公开工作年度报告</h2>" + REPORT).size());
    }

    @Test
    void theFirstCopyWinsWhenAPageRepeatsTheReport() {
        List<Block> blocks = Blocks.report("<div id=a>" + REPORT + "</div><div id=print style='x'>" + REPORT + "</div>");
        assertThat(blocks).hasSize(Blocks.of(REPORT).size());
    }

    @Test
    void sectionsSplitOverSiblingContainersAreKeptTogether() {
        int cut = REPORT.indexOf("<p>三、");
        String page = "<div class=nav><a>首页</a></div><div class=WordSection1>" + REPORT.substring(0, cut)
                + "</div><div class=WordSection2>" + REPORT.substring(cut) + "</div>";
        assertThat(Blocks.report(page)).hasSize(Blocks.of(REPORT).size());
    }

    @Test
    void aPageWithoutEvidenceIsPassedOnLessItsFurniture() {
        List<Block> blocks = Blocks.report("<div class=nav><a>首页</a></div><p>一段文字</p>");
        assertThat(Blocks.texts(blocks)).containsExactly("一段文字");
    }
}
