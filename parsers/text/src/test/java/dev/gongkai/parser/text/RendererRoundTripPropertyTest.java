package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r over thousands of seeded reports with the testkit's text and Markdown
 * renderers, every seeded variation and every encoding. Failures list the seed, shape and variations.
 */
class RendererRoundTripPropertyTest {

    private static final int COUNT = 1000;
    private static final Encoding[] ENCODINGS = Encoding.values();

    private final TextReportParser parser = new TextReportParser();

    @Test
    void tabs() throws Exception {
        check(TextRenderer.tabs(), 10_000);
    }

    @Test
    void pipes() throws Exception {
        check(TextRenderer.pipes(), 20_000);
    }

    @Test
    void markdown() throws Exception {
        check(MarkdownRenderer.standard(), 30_000);
    }

    private void check(Renderer renderer, long first) throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (long seed = first; seed < first + COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report r = g.generate(seed);
            Encoding enc = ENCODINGS[(int) ((seed / 3) % ENCODINGS.length)];
            Rendering doc = renderer.render(r, RenderOptions.seeded(seed).encoding(enc));
            ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
            List<String> diff = ReportDiff.between(r, p.report());
            total++;
            if (!diff.isEmpty() && failures.size() < 6) {
                failures.add("seed " + seed + " " + g + " " + enc + " " + doc.variations() + "\n  "
                        + String.join("\n  ", diff.subList(0, Math.min(6, diff.size()))));
            }
        }
        assertThat(failures).as(renderer + ": failing cases of " + total).isEmpty();
    }
}
