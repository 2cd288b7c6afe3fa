package dev.gongkai.layout.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers too wide for a narrow column of a table without rulings wrap onto lines of their own (LibreOffice
 * Writer prints １０ as １ on the row's line and ０ under it): the digits are joined where that is the only
 * reading, said to be in doubt where it is not, and never moved into another cell.
 */
class WrappedValuesTest {

    private static final float SIZE = 12;
    /** Lines of one cell stand this far apart; rows stand {@link #ROW} apart. */
    private static final float WRAP = 14;
    private static final float ROW = 24;
    private static final float[] COLUMNS = {50, 200, 260, 320};

    @Test
    void digitsWrappedInOneColumnAreJoinedToTheirCell() {
        Page p = new Page();
        p.row(100, "一、本年新收", "１", "０", "１０");
        p.row(100 + WRAP, null, "０", null, null);
        p.row(100 + WRAP + ROW, "二、上年结转", "２", "０", "２");
        p.row(100 + WRAP + 2 * ROW, "（七）总计", "１２", "０", "１２");

        List<List<GridCell>> rows = p.table();

        assertThat(texts(rows)).containsExactly(
                List.of("一、本年新收", "１\n０", "０", "１０"),
                List.of("二、上年结转", "２", "０", "２"),
                List.of("（七）总计", "１２", "０", "１２"));
        assertThat(rows).allSatisfy(r -> assertThat(r).allMatch(GridCell::isCertain));
    }

    @Test
    void digitsWrappedInTwoColumnsAreJoinedEachToItsOwn() {
        Page p = new Page();
        p.row(100, "一、本年新收", "１", "０", "１");
        p.row(100 + WRAP, null, "０", null, "０");
        p.row(100 + WRAP + ROW, "二、上年结转", "２", "０", "２");
        p.row(100 + WRAP + 2 * ROW, "（七）总计", "１２", "０", "１２");

        assertThat(texts(p.table()).get(0)).containsExactly("一、本年新收", "１\n０", "０", "１\n０");
    }

    @Test
    void aRowOfValuesWhoseLabelStandsOnItsOwnLineIsNotGlued() {
        Page p = new Page();
        p.row(100, "一、本年新收", "５", "０", "５");
        p.row(100 + ROW, "二、上年结转政府信息公开申请数量", null, null, null);
        p.row(100 + ROW + WRAP, null, "２", "０", "２");
        p.row(100 + 2 * ROW + WRAP, "（七）总计", "７", "０", "７");

        List<List<String>> rows = texts(p.table());

        assertThat(rows.get(0)).containsExactly("一、本年新收", "５", "０", "５");
        assertThat(rows).contains(List.of("２", "０", "２")).noneMatch(r -> r.stream().anyMatch(t -> t.contains("\n")));
    }

    @Test
    void halvesOfACellCentredOnItsRowAreJoinedInThatRow() {
        Page p = new Page();
        p.row(100, "3.其他", "０", "０", "０");
        p.row(100 + ROW - WRAP / 2, null, "１", null, null);
        p.row(100 + ROW, "（七）总计", null, "０", "１２");
        p.row(100 + ROW + WRAP / 2, null, "２", null, null);
        p.row(100 + 2 * ROW + WRAP / 2, "四、结转下年度", "０", "０", "０");

        List<List<GridCell>> rows = p.table();

        assertThat(texts(rows)).containsExactly(
                List.of("3.其他", "０", "０", "０"),
                List.of("（七）总计", "１\n２", "０", "１２"),
                List.of("四、结转下年度", "０", "０", "０"));
        assertThat(rows).allSatisfy(r -> assertThat(r).allMatch(GridCell::isCertain));
    }

    @Test
    void digitsThatMayContinueTheRowAboveOrBelongToTheRowBelowAreInDoubt() {
        Page p = new Page();
        p.row(100, "一、本年新收", "１", "０", "１０");
        p.row(100 + WRAP, null, "０", null, null);
        p.row(100 + 2 * WRAP, "二、上年结转", null, "０", "２");
        p.row(100 + 2 * WRAP + ROW, "（七）总计", "１２", "０", "１２");

        List<List<GridCell>> rows = p.table();

        assertThat(texts(rows).get(0)).containsExactly("一、本年新收", "１", "０", "１０");
        assertThat(rows.get(0).get(1).uncertainty()).isEqualTo(WrappedValues.AMBIGUOUS);
        assertThat(rows).anySatisfy(r -> assertThat(r).extracting(GridCell::text).containsExactly("０"));
        assertThat(rows).filteredOn(r -> r.get(0).text().equals("二、上年结转")).singleElement()
                .satisfies(r -> assertThat(r.subList(1, r.size())).noneMatch(GridCell::isCertain));
    }

    @Test
    void digitsCutOffByAPageBreakAreJoinedToTheRowTheyContinue() {
        Page one = new Page(1), two = new Page(2);
        one.row(700, "三、行政机关收到和处理", "自然人", "法人", "合计");
        one.row(700 + ROW, "（二）部分公开", "３", "０", "３");
        one.row(700 + 2 * ROW, "一、本年新收", "１", "０", "１０");
        two.row(60, null, "０", null, null);
        two.row(60 + ROW, "二、上年结转", "２", "０", "２");
        two.row(60 + 2 * ROW, "（七）总计", "１２", "０", "１２");
        two.row(60 + 3 * ROW, "四、结转下年度", "０", "０", "０");

        List<Block> blocks = PageBlocks.of(List.of(one.layout(), two.layout()));
        List<List<String>> rows = texts(tables(blocks).get(0).rows());

        assertThat(rows).contains(List.of("一、本年新收", "１\n０", "０", "１０"), List.of("二、上年结转", "２", "０", "２"))
                .doesNotContain(List.of("０"));
    }

    @Test
    void aValueAfterAPageBreakWithNoValueAboveItIsInDoubtNotMoved() {
        Page one = new Page(1), two = new Page(2);
        one.row(700, "三、行政机关收到和处理", "自然人", "法人", "合计");
        one.row(700 + ROW, "（二）部分公开", "３", "０", "３");
        one.row(700 + 2 * ROW, "一、本年新收", "１", null, "１０");
        two.row(60, null, null, "０", null);
        two.row(60 + ROW, "二、上年结转", "２", "０", "２");
        two.row(60 + 2 * ROW, "（七）总计", "１２", "０", "１２");
        two.row(60 + 3 * ROW, "四、结转下年度", "０", "０", "０");

        List<List<GridCell>> rows = tables(PageBlocks.of(List.of(one.layout(), two.layout()))).get(0).rows();

        List<GridCell> cut = rows.stream().filter(r -> r.get(0).text().equals("一、本年新收")).findFirst().orElseThrow();
        assertThat(cut).extracting(GridCell::text).containsExactly("一、本年新收", "１", "１０");
        assertThat(cut.subList(1, 3)).extracting(GridCell::uncertainty).containsOnly(WrappedValues.AMBIGUOUS);
        assertThat(texts(rows)).contains(List.of("０"));
    }

    @Test
    void pageNumbersAtTheHeadOfEveryPageStayFurnitureEvenOverAColumn() {
        Page one = new Page(1), two = new Page(2), three = new Page(3);
        one.row(40, null, null, "1", null);
        one.row(700, "三、行政机关收到和处理", "自然人", "法人", "合计");
        one.row(700 + ROW, "（二）部分公开", "３", "０", "３");
        one.row(700 + 2 * ROW, "一、本年新收", "１", "０", "１");
        two.row(40, null, null, "2", null);
        two.row(60, "二、上年结转", "２", "０", "２");
        two.row(60 + ROW, "（七）总计", "３", "０", "３");
        two.row(60 + 2 * ROW, "四、结转下年度", "０", "０", "０");
        three.row(40, null, null, "3", null);
        three.row(100, "四、因政府信息公开工作被申请行政复议", null, null, null);

        List<Block> blocks = PageBlocks.of(List.of(one.layout(), two.layout(), three.layout()));
        List<List<String>> rows = texts(tables(blocks).get(0).rows());

        assertThat(rows).contains(List.of("一、本年新收", "１", "０", "１"), List.of("二、上年结转", "２", "０", "２"))
                .noneMatch(r -> r.stream().anyMatch(t -> t.contains("\n") || t.equals("2")));
    }

    private static List<List<String>> texts(List<List<GridCell>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<GridCell> r : rows) {
            out.add(r.stream().map(GridCell::text).toList());
        }
        return out;
    }

    private static List<Table> tables(List<Block> blocks) {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** One page of glyphs, set line by line in four columns. */
    private static final class Page {
        private final int number;
        private final List<Glyph> glyphs = new ArrayList<>();

        Page() {
            this(1);
        }

        Page(int number) {
            this.number = number;
        }

        /** A line at this baseline; {@code null} leaves a column empty. */
        void row(float baseline, String... cells) {
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] == null) {
                    continue;
                }
                float x = COLUMNS[c];
                for (int i = 0; i < cells[c].length(); i++) {
                    glyphs.add(new Glyph(cells[c].substring(i, i + 1), x, baseline, SIZE, SIZE * 0.88f, SIZE));
                    x += SIZE;
                }
            }
        }

        PageLayout layout() {
            return new PageLayout(number, 595, 842, glyphs, List.of(), false, 0);
        }

        List<List<GridCell>> table() {
            List<Table> tables = tables(PageBlocks.of(List.of(layout())));
            assertThat(tables).hasSize(1);
            return tables.get(0).rows();
        }
    }
}
