package dev.gongkai.parser.pdf;

import dev.gongkai.testkit.render.page.ReportPages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.Section;
import dev.gongkai.parser.pdf.render.ReportPdfRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * parse(render(r)) == r over seeded reports (the prose checked paragraph by paragraph at the block
 * level, then the report compared in every field, section texts included): ruled template tables with merged header blocks and
 * nested row labels, tables over page breaks (with and without repeated headers), rules stroked or
 * filled, page footers of several styles.
 */
class PdfRoundTripPropertyTest {

    private static final int CASES = 12;

    /** The paragraphs the renderer writes: title, each heading and its prose, signature and date. */
    private static List<String> paragraphs(Report r) {
        List<String> out = new ArrayList<>();
        out.add(r.title());
        for (Section s : Section.values()) {
            if (r.section(s) != null) {
                out.add(s.numeral() + "、" + s.label());
                for (String p : r.section(s).split("\n")) {
                    if (!p.isBlank()) {
                        out.add(p);
                    }
                }
            }
        }
        if (r.published() != null) {
            out.add(r.organ());
            out.add(r.published().getYear() + "年" + r.published().getMonthValue() + "月"
                    + r.published().getDayOfMonth() + "日");
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "blanks"})
    void parseOfRenderIsTheReport(String variant) throws IOException {
        ReportGenerator gen = variant.equals("blanks") ? Reports.generator().withBlanks() : Reports.generator();
        long base = variant.equals("blanks") ? 5000 : 1000;
        PdfReportParser parser = new PdfReportParser();
        for (long seed = base; seed < base + CASES; seed++) {
            Report r = gen.generate(seed);
            ReportPages.Options o = ReportPages.Options.of(seed);
            byte[] pdf = ReportPdfRenderer.render(r, o);
            assertThat(Blocks.paragraphs(Blocks.of(pdf))).as("paragraphs of seed %d (%s), options %s", seed,
                    variant, o).isEqualTo(paragraphs(r));
            ParseResult parsed = parser.parse(new ByteArrayInputStream(pdf), ParseContext.defaults());
            List<String> diff = ReportDiff.between(r, parsed.report(), true);
            assertThat(diff).as("seed %d (%s), options %s; problems %s", seed, variant, o, parsed.problems())
                    .isEmpty();
        }
    }
}
