package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
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
 * Honest documents (no stray number anywhere) whose tables have blank cells, in every text shape with
 * real cell boundaries: no row is reported long (a stray value is never suspected where none is) and
 * the report comes back exactly. Failures list the seed.
 */
class HonestRowsPropertyTest {

    private static final int COUNT = 300;

    @Test
    void blankCellsAreNeverTakenForAStrayValue() throws Exception {
        List<Renderer> renderers = List.of(TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flatSpaced(),
                MarkdownRenderer.standard());
        List<String> failures = new ArrayList<>();
        for (Renderer renderer : renderers) {
            for (long seed = 1; seed <= COUNT; seed++) {
                Report expected = Reports.generator().withBlanks().generate(seed);
                Rendering doc = renderer.render(expected, RenderOptions.seeded(seed));
                ParseResult p = new TextReportParser().parse(new ByteArrayInputStream(doc.bytes()),
                        ParseContext.defaults());
                List<String> long_ = p.problems().stream().filter(x -> x.code().startsWith("row-long"))
                        .map(x -> x.message()).toList();
                List<String> diff = ReportDiff.between(expected, p.report(), false);
                if ((!long_.isEmpty() || !diff.isEmpty()) && failures.size() < 10) {
                    failures.add(renderer + " seed " + seed + " " + doc.variations() + ": " + long_ + " " + diff);
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
