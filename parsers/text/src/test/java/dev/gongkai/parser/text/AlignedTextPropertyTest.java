package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text as {@code pdftotext} extracts it from a PDF report, over seeded reports: with {@code -layout}
 * (labels wrapped around their numbers, group labels beside row labels, a page break repeating the
 * header) every report whose blank cells are written as a mark reads back exactly; in every such
 * rendering a cell is read right or left missing under a problem naming its row, never read wrong.
 * Blank cells written as spaces leave no trace of their column: in those renderings a cell may be read
 * wrong (measured), but never while the reader vouches for it — such a row's cells are uncertain.
 * Prints the rates; failures list the seed and the shape.
 */
class AlignedTextPropertyTest {

    private static final int COUNT = 400;

    private final TextReportParser parser = new TextReportParser();

    @Test
    void layout() throws Exception {
        int[] n = check(TextRenderer.aligned(), 110_000);
        assertThat(n[1]).as("every layout rendering that keeps its cells reads back exactly").isEqualTo(n[0]);
    }

    @Test
    void raw() throws Exception {
        int[] n = check(TextRenderer.alignedRaw(), 120_000);
        assertThat(n[1]).as("raw renderings that keep their cells and read back exactly").isPositive();
    }

    /** Renderings keeping every cell, those of them read exactly. */
    private int[] check(TextRenderer renderer, long first) throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int exact = 0;
        int keeping = 0;
        int keptExact = 0;
        long cells = 0;
        long read = 0;
        int lossy = 0;
        long lossyCells = 0;
        long[] lossyCertainty = new long[5];
        for (long seed = first; seed < first + COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report r = g.generate(seed);
            Rendering doc = renderer.render(r, RenderOptions.seeded(seed));
            ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
            boolean same = ReportDiff.between(r, p.report(), false).isEmpty();
            boolean keeps = TextRenderer.keepsEveryCell(doc);
            exact += same ? 1 : 0;
            keeping += keeps ? 1 : 0;
            keptExact += keeps && same ? 1 : 0;
            List<String> wrong = new ArrayList<>();
            long[] c = new long[2];
            CellAudit.wrong(r.activeDisclosure(), p.report().activeDisclosure(), p.problems(), wrong, c);
            CellAudit.wrong(r.applications(), p.report().applications(), p.problems(), wrong, c);
            CellAudit.wrong(r.reviewLitigation(), p.report().reviewLitigation(), p.problems(), wrong, c);
            cells += c[0];
            read += c[1];
            if (!keeps) {
                lossy += wrong.isEmpty() ? 0 : 1;
                lossyCells += wrong.size();
                List<String> certainWrong = new ArrayList<>();
                CellAudit.certainty(r.activeDisclosure(), p.report().activeDisclosure(), lossyCertainty, certainWrong);
                CellAudit.certainty(r.applications(), p.report().applications(), lossyCertainty, certainWrong);
                CellAudit.certainty(r.reviewLitigation(), p.report().reviewLitigation(), lossyCertainty, certainWrong);
                if (!certainWrong.isEmpty() && failures.size() < 6) {
                    failures.add("seed " + seed + " " + g + " " + doc.shape() + ": read wrong yet certain\n  "
                            + String.join("\n  ", certainWrong.subList(0, Math.min(6, certainWrong.size()))));
                }
            } else if (!wrong.isEmpty() && failures.size() < 6) {
                failures.add("seed " + seed + " " + g + " " + doc.shape() + " " + doc.variations() + "\n  "
                        + String.join("\n  ", wrong.subList(0, Math.min(6, wrong.size()))));
            }
        }
        System.out.printf("%s: %d of %d reports read exactly (%.1f%%); keeping every cell: %d of %d (%.1f%%);"
                + " cells read %.1f%%; blanks left as spaces: %d of %d reports with %d cells read wrong and not"
                + " reported; of their cells %d not as written but marked uncertain, %d not as written and certain%n",
                renderer,
                exact, COUNT, 100.0 * exact / COUNT, keptExact, keeping, 100.0 * keptExact / Math.max(1, keeping),
                100.0 * read / cells, lossy, COUNT - keeping, lossyCells, lossyCertainty[2], lossyCertainty[4]);
        assertThat(failures).as(renderer + ": cells read wrong or dropped silently").isEmpty();
        return new int[] {keeping, keptExact};
    }
}
