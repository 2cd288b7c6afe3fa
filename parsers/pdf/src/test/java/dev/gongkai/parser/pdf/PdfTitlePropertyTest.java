package dev.gongkai.parser.pdf;

import dev.gongkai.testkit.render.page.ReportPages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.pdf.render.ReportPdfRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The PDF's document information title (SPEC §3: a last resort) gives the title, organ and year of a
 * report whose text has no title line, once cleaned of what is not a title (Microsoft Word - …, .docx);
 * it never overrides the report's own title line, and a title that names no report, or another year
 * than the report's, is not taken. The golden is the generated report the PDF is made from.
 */
class PdfTitlePropertyTest {

    private static final int CASES = 6;
    private final PdfReportParser parser = new PdfReportParser();

    private static byte[] withTitle(byte[] pdf, String title) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocumentInformation().setTitle(title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private Report parse(byte[] pdf) throws IOException {
        ParseResult r = parser.parse(new ByteArrayInputStream(pdf), ParseContext.defaults());
        return r.report();
    }

    /** The report as its text states it: no title line, no signature (so no date under it). */
    private static Report untitled(Report r) {
        return r.toBuilder().title(null).published(null).build();
    }

    @Test
    void theTitlePropertyGivesTitleOrganAndYearWhenTheTextHasNoTitle() throws IOException {
        for (long seed = 300; seed < 300 + CASES; seed++) {
            Report r = Reports.generator().generate(seed);
            byte[] pdf = withTitle(ReportPdfRenderer.render(untitled(r), ReportPages.Options.of(seed)),
                    "Microsoft Word - " + r.title() + ".docx");
            Report golden = r.toBuilder().published(null).build();
            assertThat(ReportDiff.between(golden, parse(pdf), false)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void theReportsOwnTitleLineWinsOverTheProperty() throws IOException {
        Report r = Reports.generator().generate(311);
        byte[] pdf = withTitle(ReportPdfRenderer.render(r, ReportPages.Options.of(311)),
                "某某县2019年政府信息公开工作年度报告");
        assertThat(ReportDiff.between(r, parse(pdf), false)).isEmpty();
    }

    @Test
    void aTemplatesLeftoverTitleIsNotTaken() throws IOException {
        Report r = Reports.generator().generate(312);
        byte[] plain = ReportPdfRenderer.render(untitled(r), ReportPages.Options.of(312));
        Report none = parse(plain);
        assertThat(none.title()).isNull();
        for (String leftover : new String[] {"附件1", "Document1", "正文",
            r.organ() + (r.year() - 1) + "年政府信息公开工作年度报告"}) {
            Report got = parse(withTitle(plain, leftover));
            assertThat(got.title()).as(leftover).isNull();
            assertThat(got.organ()).as(leftover).isEqualTo(none.organ());
            assertThat(got.year()).as(leftover).isEqualTo(none.year());
        }
    }
}
