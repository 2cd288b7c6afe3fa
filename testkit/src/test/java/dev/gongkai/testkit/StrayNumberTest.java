package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.StrayNumber;
import dev.gongkai.testkit.render.TextRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A stray number given to a renderer is written once, as one more cell of its row, in every shape. */
class StrayNumberTest {

    @Test
    void aStrayIsWrittenIntoItsRowInEveryShape() {
        List<Renderer> renderers = List.of(TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flatSpaced(),
                TextRenderer.aligned(), MarkdownRenderer.standard());
        Set<String> tables = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            Report r = Reports.generator().generate(seed);
            StrayNumber s = StrayNumber.seeded(r, seed);
            assertThat(StrayNumber.seeded(r, seed)).as("seeded: replayable").isEqualTo(s);
            tables.add(s.table());
            positions.add(s.position() == 0 ? 0 : 1);
            for (Renderer renderer : renderers) {
                String plain = renderer.render(r, RenderOptions.plain()).text();
                String with = renderer.render(r, RenderOptions.plain().stray(s)).text();
                assertThat(with).as(renderer + " " + s).isNotEqualTo(plain).contains(s.text());
                assertThat(with.length() - plain.length()).as(renderer + " " + s).isLessThan(s.text().length() + 12);
            }
        }
        assertThat(tables).containsExactlyInAnyOrder("active_disclosure", "applications", "review_litigation");
        assertThat(positions).containsExactlyInAnyOrder(0, 1);
    }
}
