package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.internal.CellText;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.testkit.render.Variation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Glued crawler dumps whose section headings lost their numerals ({@code …年度报告总体情况2023年，…
 * 主动公开政府信息情况第二十条…}): over seeded reports, the dump is cut into the same sections and its
 * tables read as the same dump with numbered headings. Failures list the seed.
 */
class UnnumberedHeadingsPropertyTest {

    private static final int COUNT = 300;

    @Test
    void unnumberedHeadingsCutTheDumpAsNumberedOnesDo() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (long seed = 1; seed <= COUNT; seed++) {
            Report r = generators.get((int) (seed % generators.size())).generate(seed);
            Rendering doc = TextRenderer.flat().render(r, RenderOptions.seeded(seed).without(Variation.MISSING_NUMERAL));
            String bare = withoutNumerals(doc.text());
            if (bare.equals(doc.text())) {
                continue;
            }
            cases++;
            ParseResult numbered = parse(doc.text());
            ParseResult unnumbered = parse(bare);
            List<String> diff = ReportDiff.between(numbered.report(), unnumbered.report(), true);
            boolean sameSections = numbered.report().sections().keySet().equals(unnumbered.report().sections().keySet());
            if ((!diff.isEmpty() || !sameSections) && failures.size() < 6) {
                failures.add("seed " + seed + " " + doc.variations() + ": sections "
                        + numbered.report().sections().keySet() + " vs " + unnumbered.report().sections().keySet()
                        + "; " + diff.subList(0, Math.min(6, diff.size())));
            }
        }
        System.out.printf("glued dumps with unnumbered headings: %d cases%n", cases);
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(COUNT * 9 / 10);
    }

    private static ParseResult parse(String text) throws Exception {
        return new TextReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults());
    }

    /** The text with the numeral ({@code 二、}) taken off every section heading. */
    private static String withoutNumerals(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = text.length() - 2; i >= 0; i--) {
            if ("一二三四五六".indexOf(text.charAt(i)) >= 0 && "、.．,，".indexOf(text.charAt(i + 1)) >= 0) {
                int end = CellText.headingEnd(text, i);
                if (end > i && CellText.section(text.substring(i, end)) != null) {
                    b.delete(i, i + 2);
                }
            }
        }
        return b.toString();
    }
}
