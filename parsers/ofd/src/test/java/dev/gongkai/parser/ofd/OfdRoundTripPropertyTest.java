package dev.gongkai.parser.ofd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.ofd.render.ReportOfdRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.page.ReportPages;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r: generated reports (either edition, blank cells, the collapsed （六）其他处理
 * row) written as OFD with ofdrw's writer — text objects, ruled tables with merged header blocks
 * (stroked or filled rules), tables running over page breaks with or without the header repeated,
 * page footers — read back with the same content, every cell certain.
 */
@Tag("slow")
class OfdRoundTripPropertyTest {
    private static final int COUNT = 12;

    @Test
    void generatedReportsReadBackExactly() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        OfdParser parser = new OfdParser();
        for (long seed = 1; seed <= COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report expected = g.generate(seed);
            ReportPages.Options o = ReportPages.Options.of(seed);
            byte[] bytes = ReportOfdRenderer.render(expected, o);
            ParseResult result = parser.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName("r.ofd"));
            List<String> diff = new ArrayList<>(ReportDiff.between(expected, result.report(), false));
            if (!result.report().uncertainties().isEmpty()) {
                diff.add("uncertain: " + result.report().uncertainties());
            }
            if (!diff.isEmpty()) {
                failures.add("seed " + seed + " (" + g + ", " + o + "): " + diff);
            }
        }
        assertThat(failures).isEmpty();
    }
}
