package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.Table;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ProblemList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile pages end in a typed error or a bounded result, never a hang, a stack overflow or running out of memory. */
class HostileHtmlTest {

    private final HtmlReportParser parser = new HtmlReportParser();

    /** Parses through the SPI: either a result or a typed error; anything else fails the test. */
    private Object outcome(String html, ParseContext context) {
        try {
            return parser.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), context);
        } catch (UnreadableDocumentException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tenMegabytesOfNestedDivsAreRefusedAsTooLarge() {
        String html = "<div>".repeat(2 * 1024 * 1024) + "一、总体情况";
        Object outcome = outcome(html, ParseContext.defaults());
        assertThat(outcome).isInstanceOf(UnreadableDocumentException.class);
        assertThat(((UnreadableDocumentException) outcome).reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
    }

    @Test
    void deepNestingBelowTheLimitIsWalkedWithoutRecursion() throws Exception {
        String html = "<div><span>".repeat(100_000) + "<p>一、总体情况</p>" + "<p>正文</p>";
        List<Block> blocks = HtmlBlocks.read(html, ProblemList.tracking(10));
        assertThat(Blocks.texts(blocks)).containsExactly("一、总体情况", "正文");
    }

    @Test
    void unclosedTablesGiveBoundedGrids() throws Exception {
        String html = "<p>三、收到和处理政府信息公开申请情况</p>" + "<table><tr><td>本年新收<td>1<tr><td>x".repeat(1000);
        List<Block> blocks = HtmlBlocks.read(html, ProblemList.tracking(10));
        assertThat(blocks).isNotEmpty();
        for (Table t : Blocks.tables(blocks)) {
            assertThat(t.width()).isLessThanOrEqualTo(Limits.MAX_COLUMNS);
        }
        assertThat(outcome(html, ParseContext.defaults())).isInstanceOfAny(UnreadableDocumentException.class,
                dev.gongkai.spi.ParseResult.class);
    }

    @Test
    void aTableWithTenThousandColumnsIsCutAndReported() throws Exception {
        String html = "<table>" + ("<tr>" + "<td>1</td>".repeat(10_000) + "</tr>").repeat(20) + "</table>";
        ProblemList problems = ProblemList.tracking(10);
        List<Table> tables = Blocks.tables(HtmlBlocks.read(html, problems));
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).width()).isEqualTo(Limits.MAX_COLUMNS);
        assertThat(tables.get(0).height()).isEqualTo(20);
        assertThat(problems.list()).extracting(p -> p.code()).containsExactly("table-truncated");
    }

    @Test
    void hugeSpansStayWithinTheGridLimits() throws Exception {
        String html = "<table>" + "<tr><td rowspan=100000 colspan=100000>x</td></tr>".repeat(5000) + "</table>";
        ProblemList problems = ProblemList.tracking(10);
        List<Table> tables = Blocks.tables(HtmlBlocks.read(html, problems));
        long slots = tables.get(0).rows().stream().mapToLong(List::size).sum();
        assertThat(slots).isLessThanOrEqualTo(Limits.MAX_SLOTS);
        assertThat(problems.list()).extracting(p -> p.code()).contains("table-truncated");
    }

    @Test
    void aPageOverTheByteLimitIsRefusedBeforeItIsRead() {
        String html = "<p>" + "字".repeat(10_000) + "</p>";
        Object outcome = outcome(html, ParseContext.defaults().withMaxBytes(1000));
        assertThat(outcome).isInstanceOf(UnreadableDocumentException.class);
        assertThat(((UnreadableDocumentException) outcome).reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE);
    }

    @Test
    void hugeCellTextIsBounded() throws Exception {
        String html = "<table><tr><td>" + "数".repeat(100_000) + "</td><td>1</td></tr></table>";
        List<Table> tables = Blocks.tables(HtmlBlocks.read(html, ProblemList.tracking(10)));
        assertThat(tables).isEmpty();
        String cell = "<table><tr><td>" + "数 ".repeat(300) + "</td><td>1</td></tr><tr><td>a</td><td>b</td></tr></table>";
        assertThat(Blocks.tables(HtmlBlocks.read(cell, ProblemList.tracking(10)))).hasSize(1);
    }

    @Test
    void tooManyElementsIsATypedError() {
        assertThatThrownBy(() -> HtmlBlocks.parse("<b>".repeat(Limits.MAX_TAGS + 1)))
                .isInstanceOf(UnreadableDocumentException.class);
    }
}
