package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.parser.office.internal.Extraction;
import dev.gongkai.parser.office.internal.OfficeFormat;
import dev.gongkai.parser.office.internal.OfficeReader;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.parser.office.render.Expected;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SampleReports;
import dev.gongkai.parser.office.render.SheetRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders seeded reports as .docx, .xlsx and .xls with merged header blocks, label variants and blank
 * cells, reads them back, and checks that the blocks are exactly the laid-out grid: every merged cell
 * expanded into the slots it covers, numbers exact, nothing shifted.
 */
class OfficeExtractionPropertyTest {
    private static final int COUNT = 30;

    @Test
    void docxBlocksAreTheLaidOutGrid() throws Exception {
        for (long seed = 1; seed <= COUNT; seed++) {
            Layout layout = ReportLayouts.layout(SampleReports.generate(seed), seed);
            Extraction x = OfficeReader.read(DocxRenderer.render(layout), "r.docx");
            assertThat(x.format()).isEqualTo(OfficeFormat.DOCX);
            assertThat(Expected.of(x.blocks())).as("seed %d", seed).isEqualTo(Expected.word(layout));
        }
    }

    @Test
    void xlsxBlocksAreTheLaidOutGrid() throws Exception {
        sheets(false, OfficeFormat.XLSX);
    }

    @Test
    void xlsBlocksAreTheLaidOutGrid() throws Exception {
        sheets(true, OfficeFormat.XLS);
    }

    private static void sheets(boolean xls, OfficeFormat format) throws Exception {
        for (long seed = 1; seed <= COUNT; seed++) {
            Report r = SampleReports.generate(seed);
            Layout layout = ReportLayouts.layout(r, seed);
            Extraction x = OfficeReader.read(SheetRenderer.render(layout, xls, seed), null);
            assertThat(x.format()).isEqualTo(format);
            assertThat(Expected.of(x.blocks())).as("seed %d", seed).isEqualTo(Expected.sheet(layout));
            assertThat(x.problems()).as("seed %d", seed).isEmpty();
        }
    }
}
