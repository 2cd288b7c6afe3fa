package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) has the content of r, over seeded generated reports in every text shape and
 * encoding. A failure names the seed and the variations, to replay it.
 */
class TextRoundTripPropertyTest {

    private static final int COUNT = 600;
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"),
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private final TextReportParser parser = new TextReportParser();

    @Test
    void plainReports() throws Exception {
        check(Reports.generator(), 1_000);
    }

    @Test
    void reportsWithBlanks() throws Exception {
        check(Reports.generator().withBlanks(), 2_000);
    }

    @Test
    void reportsWithTheCollapsedOtherRow() throws Exception {
        check(Reports.generator().withCollapsedOtherRow(), 3_000);
    }

    private void check(dev.gongkai.testkit.ReportGenerator g, long first) throws Exception {
        for (long seed = first; seed < first + COUNT; seed++) {
            Report r = g.generate(seed);
            ShapeRenderer.Shape shape = ShapeRenderer.Shape.values()[(int) (seed % 3)];
            ShapeRenderer renderer = new ShapeRenderer(shape, seed);
            String text = renderer.render(r);
            Charset cs = CHARSETS.get((int) ((seed / 3) % CHARSETS.size()));
            ParseResult p = parser.parse(new ByteArrayInputStream(text.getBytes(cs)), ParseContext.defaults());
            assertThat(ReportDiff.between(r, p.report()))
                    .as("seed %d, %s, %s, generator %s%n%s", seed, renderer.variations(), cs, g, text)
                    .isEmpty();
        }
    }
}
