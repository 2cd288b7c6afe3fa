package dev.gongkai.parser.pdf.render;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.page.ReportPages;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a report as a PDF: the testkit's {@link ReportPages} drawn on a {@link PdfCanvas}. */
public final class ReportPdfRenderer {

    private ReportPdfRenderer() {}

    public static byte[] render(Report r, ReportPages.Options o) {
        try (PdfCanvas canvas = new PdfCanvas()) {
            ReportPages.render(r, o, canvas);
            return canvas.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
