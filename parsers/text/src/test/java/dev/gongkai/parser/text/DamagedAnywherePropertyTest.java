package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Damage;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.testkit.render.Variation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One to three invalid byte sequences anywhere a non-ASCII character is written (labels, headings,
 * full-width digits in cells, the title, prose: {@link Damage#anywhere}) never make a wrong value: every
 * cell read from the damaged document holds the clean document's value, or is uncertain, or is missing.
 * Full-width digits are forced in half of the cases, so that damage falls inside number cells. The
 * figures (cases, tables read identically, cells left uncertain or missing) are printed.
 */
class DamagedAnywherePropertyTest {

    private static final int PER_SHAPE = 100;

    private final TextReportParser parser = new TextReportParser();

    @Test
    void damageAnywhereNeverGivesAWrongValue() throws Exception {
        Renderer[] shapes = {TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flat(), TextRenderer.flatSpaced(),
            TextRenderer.aligned(), TextRenderer.alignedRaw(), MarkdownRenderer.standard()};
        int[] n = new int[5]; // cases, refused, identical tables, cells uncertain or missing, wrong cells
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < shapes.length; s++) {
            for (long seed = 0; seed < PER_SHAPE; seed++) {
                check(shapes[s], 9_000_000L + s * 10_000L + seed, n, wrong);
            }
        }
        System.out.printf("damage anywhere (text): %d cases, %d refused as a typed error, %d read with the clean"
                + " tables, %d cells left uncertain or missing, %d cells read wrong%n", n[0], n[1], n[2], n[3], n[4]);
        assertThat(wrong.subList(0, Math.min(10, wrong.size()))).as("%d wrong cells", wrong.size()).isEmpty();
    }

    private void check(Renderer shape, long seed, int[] n, List<String> wrong) throws Exception {
        Report r = (seed % 2 == 0 ? Reports.generator() : Reports.generator().withBlanks()).generate(seed);
        Encoding e = Encoding.values()[(int) (seed % Encoding.values().length)];
        RenderOptions o = RenderOptions.seeded(seed).encoding(e);
        Rendering doc = shape.render(r, seed % 4 < 2 ? o.with(Variation.FULLWIDTH_DIGITS) : o);
        ParseResult clean;
        try {
            clean = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
        } catch (UnreadableDocumentException ex) {
            return; // the clean bytes are not read either
        }
        Damage.Damaged bad = Damage.anywhere(doc, seed, 1 + (int) (seed % 3));
        n[0]++;
        ParseResult damaged;
        try {
            damaged = parser.parse(new ByteArrayInputStream(bad.bytes()), ParseContext.defaults());
        } catch (UnreadableDocumentException ex) {
            n[1]++;
            return;
        }
        int wrongBefore = wrong.size();
        String where = "seed " + seed + " " + bad.describe();
        int doubted = ReadingAudit.damaged(clean.report(), damaged.report(), where, wrong);
        n[3] += doubted;
        n[4] += wrong.size() - wrongBefore;
        if (doubted == 0 && wrong.size() == wrongBefore) {
            n[2]++;
        }
    }
}
