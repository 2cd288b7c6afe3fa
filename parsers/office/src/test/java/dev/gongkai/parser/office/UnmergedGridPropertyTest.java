package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.parser.office.render.Unmerged;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r for workbooks and Word tables whose header and label cells are not merged
 * (saved from CSV, typed by hand): the slots a merged cell would cover are empty, repeat its text, or a mix, in every
 * table; labels split over two or three columns (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密).
 */
@Tag("slow")
class UnmergedGridPropertyTest {
    private static final int COUNT = 30;

    @Test
    void xlsx() throws Exception {
        roundTrip(new XlsxParser(), "r.xlsx", false);
    }

    @Test
    void xls() throws Exception {
        roundTrip(new XlsParser(), "r.xls", true);
    }

    @Test
    void docx() throws Exception {
        roundTrip(new DocxParser(), "r.docx", null);
    }

    /** The same unmerged grids as HTML tables read to the same report as the workbook. */
    @Test
    void htmlAgreesWithTheWorkbook() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Unmerged mode : Unmerged.values()) {
            for (long seed = 1; seed <= COUNT / 3; seed++) {
                Report expected = Reports.generator().withBlanks().generate(seed);
                Layout layout = ReportLayouts.layout(expected, seed);
                ParseResult sheet = new XlsxParser().parse(new ByteArrayInputStream(
                        SheetRenderer.render(layout, false, seed, mode)), ParseContext.defaults().withFileName("r.xlsx"));
                ParseResult html = Gongkai.parse(new ByteArrayInputStream(
                        SheetRenderer.html(layout, seed, mode).getBytes(StandardCharsets.UTF_8)),
                        ParseContext.defaults().withFileName("r.html"));
                List<String> diff = ReportDiff.between(sheet.report(), html.report(), false);
                if (!diff.isEmpty() || !ReportDiff.between(expected, html.report(), false).isEmpty()) {
                    failures.add(mode + " seed " + seed + ": " + diff + " / "
                            + ReportDiff.between(expected, html.report(), false));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** {@code xls}: true for .xls, false for .xlsx, null for .docx. */
    private static void roundTrip(ReportParser parser, String name, Boolean xls) throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        for (Unmerged mode : Unmerged.values()) {
            for (long seed = 1; seed <= COUNT; seed++) {
                ReportGenerator g = generators.get((int) (seed % generators.size()));
                Report expected = g.generate(seed);
                Layout layout = ReportLayouts.layout(expected, seed);
                byte[] bytes = xls == null ? DocxRenderer.render(layout, seed, mode)
                        : SheetRenderer.render(layout, xls, seed, mode);
                ParseResult result = parser.parse(new ByteArrayInputStream(bytes),
                        ParseContext.defaults().withFileName(name));
                List<String> diff = ReportDiff.between(expected, result.report(), false);
                if (!diff.isEmpty()) {
                    failures.add(mode + " seed " + seed + " (" + g + "): " + diff);
                }
            }
        }
        assertThat(failures).as(name).isEmpty();
    }
}
