package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockWalkerTest {

    @Test
    void blockElementsAreParagraphsAndBreaksAreLines() {
        List<Block> blocks = Blocks.of("""
                <h1>樟树市2023年<br>政府信息公开工作年度报告</h1>
                <div>一、总体情况<p>2023年，樟树市政府门户网站公开信息18090条。</p>尾</div>
                <ul><li>第一项</li><li>第二项</li></ul>
                <p>  </p><p>&nbsp;</p>
                <p>   前后空白\u3000</p>""");
        assertThat(Blocks.texts(blocks)).containsExactly(
                "樟树市2023年",
                "政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，樟树市政府门户网站公开信息18090条。",
                "尾",
                "第一项",
                "第二项",
                "前后空白");
    }

    @Test
    void sourceLineBreaksBetweenChineseCharactersVanish() {
        List<Block> blocks = Blocks.of("<p class=MsoNormal><span>收到政府信息公开申请\r\n21件</span>，其中市政府办\n"
                + "  2件、政府部门14件。Total of\nthree words 和\n中文</p>");
        assertThat(Blocks.texts(blocks)).containsExactly("收到政府信息公开申请21件，其中市政府办2件、政府部门14件。Total of three words 和中文");
    }

    @Test
    void wordRunsMakeOneParagraph() {
        List<Block> blocks = Blocks.of("""
                <p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span
                style='font-size:16.0pt;font-family:黑体'>一、</span></b><b><span style='font-size:16.0pt;
                font-family:黑体'>总体</span></b><b><span style='font-size:16.0pt'>情况<span lang=EN-US><o:p></o:p></span></span></b></p>
                <p class=MsoNormal><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]><span>推动信息公开。</span></p>
                <p class=MsoNormal><span style='display:none;mso-hide:all'>隐藏<o:p></o:p></span></p>""");
        assertThat(Blocks.texts(blocks)).containsExactly("一、总体情况", "1.  推动信息公开。");
    }

    @Test
    void tablesSitInDocumentOrderBetweenParagraphs() {
        List<Block> blocks = Blocks.of("""
                <p>二、主动公开政府信息情况</p>
                <table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>
                <p>三、收到和处理政府信息公开申请情况</p>""");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(1)).isInstanceOf(Table.class);
        assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("三、收到和处理政府信息公开申请情况");
    }

    @Test
    void layoutTablesAreWalkedInto() {
        List<Block> blocks = Blocks.of("""
                <table width=100%><tr><td>
                  <p>二、主动公开政府信息情况</p>
                  <table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table>
                </td></tr></table>
                <table><tr><td>一个单元格的框</td></tr></table>""");
        assertThat(Blocks.texts(blocks)).containsExactly("二、主动公开政府信息情况", "一个单元格的框");
        assertThat(Blocks.tables(blocks)).hasSize(1);
        assertThat(Blocks.tables(blocks).get(0).span().path()).isEqualTo("table[2]");
        assertThat(Blocks.rows(Blocks.tables(blocks).get(0))).containsExactly("信息内容|本年制发件数", "规章|0");
    }

    @Test
    void captionsPrecedeTheirTable() {
        List<Block> blocks = Blocks.of("<table><caption>表一</caption><tr><td>a</td><td>b</td></tr></table>");
        assertThat(blocks.get(0)).isEqualTo(new Paragraph("表一", dev.gongkai.model.SourceSpan.path("table[1]/caption")));
        assertThat(blocks.get(1)).isInstanceOf(Table.class);
    }

    @Test
    void preformattedTextIsLaidOutByTheTextReader() {
        List<Block> blocks = Blocks.of("""
                <div><pre>
                二、主动公开政府信息情况
                | 信息内容 | 本年制发件数 |
                | --- | --- |
                | 规章 | 0 |

                三、收到和处理政府信息公开申请情况
                \t申请人情况

                \t一、本年新收政府信息公开申请数量
                \t20
                </pre></div>""");
        assertThat(blocks).hasSize(4);
        assertThat(Blocks.texts(blocks)).containsExactly("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况");
        assertThat(Blocks.tables(blocks)).extracting(Blocks::rows).containsExactly(
                List.of("信息内容|本年制发件数", "规章|0"), List.of("申请人情况", "一、本年新收政府信息公开申请数量|20"));
        Table md = Blocks.tables(blocks).get(0);
        assertThat(md.rows().get(1).get(1).span()).isEqualTo(new SourceSpan(4, 7, 0, "body/div/pre"));
    }

    @Test
    void markdownRowsWrittenAsParagraphsBecomeOneTable() {
        List<Block> blocks = Blocks.report("""
                <p>二、主动公开政府信息情况</p>
                <p>| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |</p>
                <p>| --- | --- | --- | --- |</p>
                <p>| 规章 | 0 | 0 | 0 |</p>
                <p>| 行政规范性文件 | 5 | 65 | 60 |</p>
                <p>三、收到和处理政府信息公开申请情况</p>""");
        assertThat(blocks).hasSize(3);
        assertThat(Blocks.rows(Blocks.tables(blocks).get(0))).containsExactly(
                "信息内容|本年制发件数|本年废止件数|现行有效件数", "规章|0|0|0", "行政规范性文件|5|65|60");
        assertThat(Blocks.tables(blocks).get(0).rows().get(2).get(0).span().path()).isEqualTo("body/p[2]");
    }

    @Test
    void paragraphSpansAreElementPaths() {
        List<Block> blocks = Blocks.of("<div><p>a</p><p>b</p></div><div><span>c</span></div>");
        assertThat(Blocks.paragraphs(blocks)).extracting(p -> p.span().path())
                .containsExactly("body/div[1]/p[1]", "body/div[1]/p[2]", "body/div[2]");
    }

    @Test
    void scriptsStylesAndFormsAreSkipped() {
        List<Block> blocks = Blocks.of("<style>p{color:red}</style><script>var a='<p>x</p>';</script>"
                + "<noscript>请启用</noscript><form><input value=搜索><button>搜索</button></form><p>正文</p>");
        assertThat(Blocks.texts(blocks)).containsExactly("正文");
    }
}
