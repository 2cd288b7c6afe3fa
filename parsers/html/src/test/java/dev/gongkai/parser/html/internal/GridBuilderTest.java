package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridBuilderTest {

    private static Table only(String html) {
        List<Table> tables = Blocks.tables(Blocks.of(html));
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void expandsTheApplicationsHeaderBlock() {
        Table t = only("""
                <table border=1>
                <tr><td rowspan=3 colspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                    <td colspan=7>申请人情况</td></tr>
                <tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
                <tr><td>商业<br>企业</td><td>科研<br/>机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
                <tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>20</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>20</td></tr>
                <tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>16</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>16</td></tr>
                <tr><td rowspan=1>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                </table>""");
        assertThat(t.kind()).isEqualTo(Table.Kind.GRID);
        assertThat(t.width()).isEqualTo(10);
        List<String> rows = Blocks.rows(t);
        String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        assertThat(rows.get(0)).isEqualTo(note + "|^" + note + "|^" + note
                + "|申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况|^申请人情况");
        assertThat(rows.get(1)).isEqualTo("^" + note + "|^" + note + "|^" + note
                + "|自然人|法人或其他组织|^法人或其他组织|^法人或其他组织|^法人或其他组织|^法人或其他组织|总计");
        assertThat(rows.get(2)).isEqualTo("^" + note + "|^" + note + "|^" + note
                + "|^自然人|商业/企业|科研/机构|社会公益组织|法律服务机构|其他|^总计");
        assertThat(rows.get(3)).startsWith("一、本年新收政府信息公开申请数量|^一、本年新收政府信息公开申请数量|^一、")
                .endsWith("|20|0|0|0|0|0|20");
        assertThat(rows.get(4)).isEqualTo("三、本年度办理结果|（一）予以公开|^（一）予以公开|16|0|0|0|0|0|16");
        assertThat(rows.get(5)).isEqualTo("^三、本年度办理结果|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0");
        GridCell cell = t.rows().get(2).get(4);
        assertThat(cell.text()).isEqualTo("商业\n企业");
        assertThat(cell.span().path()).isEqualTo("table[1]/tr[3]/td[1]");
        assertThat(t.rows().get(5).get(0).span().path()).isEqualTo("table[1]/tr[5]/td[1]");
        assertThat(t.span().path()).isEqualTo("table[1]");
    }

    @Test
    void blankAndWordCells() {
        Table t = only("""
                <table><tr>
                <td>&nbsp;</td>
                <td> \u3000 </td>
                <td><p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td>
                <td><p class=MsoNormal align=center><span style='font-family:宋体;mso-ascii-font-family:"Times New Roman"'>本年新收</span><span>政府信息公开</span>
                <span style='mso-bidi-font-size:10.5pt'>申请数量</span><o:p></o:p></p></td>
                <td><p>商业</p><p>&nbsp;</p><p>企业</p></td>
                <td><font face=宋体>规&nbsp;&nbsp;章</font></td>
                <td> 5 </td>
                </tr></table>""");
        assertThat(Blocks.rows(t)).containsExactly("|||本年新收政府信息公开申请数量|商业/企业|规  章|5");
        assertThat(t.rows().get(0).get(0).isEmpty()).isTrue();
    }

    @Test
    void shortRowsStayShortAndHolesAreBlank() {
        Table t = only("""
                <table>
                <tr><td>a</td><td>b</td><td rowspan=2>c</td><td>d</td></tr>
                <tr><td>e</td></tr>
                <tr><td>f</td><td>g</td></tr>
                </table>""");
        assertThat(Blocks.rows(t)).containsExactly("a|b|c|d", "e||^c", "f|g");
        assertThat(t.rows().get(1).get(1).span()).isNull();
    }

    @Test
    void rowspansStopAtTheEndOfTheirRowGroup() {
        Table t = only("""
                <table>
                <thead><tr><td rowspan=5>h</td><td>x</td></tr></thead>
                <tbody><tr><td>a</td><td rowspan=0>z</td></tr><tr><td>b</td></tr></tbody>
                </table>""");
        assertThat(Blocks.rows(t)).containsExactly("h|x", "a|z", "b|^z");
    }

    @Test
    void hostileSpansAreClamped() {
        Table t = only("<table><tr><td rowspan=100000 colspan=99999999999>x</td><td colspan=-3>y</td></tr>"
                + "<tr><td>z</td></tr></table>");
        assertThat(t.height()).isEqualTo(2);
        assertThat(t.width()).isEqualTo(Limits.MAX_COLUMNS);
        assertThat(t.rows().get(1)).allMatch(GridCell::merged);
    }

    @Test
    void spanNumbersAreReadLeniently() {
        assertThat(GridBuilder.number("3", 1)).isEqualTo(3);
        assertThat(GridBuilder.number(" 2px", 1)).isEqualTo(2);
        assertThat(GridBuilder.number("", 1)).isEqualTo(1);
        assertThat(GridBuilder.number("-4", 1)).isEqualTo(1);
        assertThat(GridBuilder.number("99999999999999", 1)).isEqualTo(999_999_999);
    }
}
