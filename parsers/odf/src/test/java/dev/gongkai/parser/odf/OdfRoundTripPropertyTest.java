package dev.gongkai.parser.odf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.odf.render.OdfRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r: generated reports (either edition, blank cells, the collapsed （六）其他处理
 * row) laid out as real reports are (merged header blocks, label variants) and written as .odt, .ods
 * and .fodt in-process read back with the same content, certain, through {@link OdfParser}.
 */
class OdfRoundTripPropertyTest {
    private static final int COUNT = 30;

    @Test
    void odt() throws Exception {
        roundTrip("r.odt", "odt", OdfRenderer::odt);
    }

    @Test
    void ods() throws Exception {
        roundTrip("r.ods", "ods", OdfRenderer::ods);
    }

    @Test
    void fodt() throws Exception {
        roundTrip("r.fodt", "fodt", OdfRenderer::fodt);
    }

    private static void roundTrip(String name, String format, BiFunction<Layout, String, byte[]> render)
            throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        OdfParser parser = new OdfParser();
        for (long seed = 1; seed <= COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report expected = g.generate(seed);
            byte[] bytes = render.apply(ReportLayouts.layout(expected, seed), expected.title());
            ParseResult result = parser.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name));
            List<String> diff = new ArrayList<>(ReportDiff.between(expected, result.report(), false));
            if (!result.report().uncertainties().isEmpty()) {
                diff.add("uncertain: " + result.report().uncertainties());
            }
            if (!result.parser().equals(format)) {
                diff.add("parser " + result.parser());
            }
            if (!diff.isEmpty()) {
                failures.add("seed " + seed + " (" + g + "): " + diff);
            }
        }
        assertThat(failures).as(name).isEmpty();
    }
}
