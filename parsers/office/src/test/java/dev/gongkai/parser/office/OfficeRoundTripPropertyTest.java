package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r: generated reports written as .docx, .xlsx and .xls (merged header blocks,
 * label variants, blank cells, either edition, the collapsed （六）其他处理 row) read back through the
 * parsers and the template interpreter with the same content.
 */
@Tag("slow")
class OfficeRoundTripPropertyTest {
    private static final int COUNT = 25;

    @Test
    void docx() throws Exception {
        roundTrip(new DocxParser(), "r.docx", (r, seed) -> DocxRenderer.render(ReportLayouts.layout(r, seed)));
    }

    @Test
    void xlsx() throws Exception {
        roundTrip(new XlsxParser(), "r.xlsx", (r, seed) -> SheetRenderer.render(ReportLayouts.layout(r, seed), false, seed));
    }

    @Test
    void xls() throws Exception {
        roundTrip(new XlsParser(), "r.xls", (r, seed) -> SheetRenderer.render(ReportLayouts.layout(r, seed), true, seed));
    }

    private static void roundTrip(ReportParser parser, String name, BiFunction<Report, Long, byte[]> render)
            throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report expected = g.generate(seed);
            byte[] bytes = render.apply(expected, seed);
            ParseResult result = parser.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name));
            List<String> diff = ReportDiff.between(expected, result.report(), false);
            if (!diff.isEmpty()) {
                failures.add("seed " + seed + " (" + g + "): " + diff);
            }
        }
        assertThat(failures).as(name).isEmpty();
    }
}
