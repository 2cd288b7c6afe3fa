package dev.gongkai.parser.ofd.render;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.render.page.ReportPages;

/** Writes a report as an OFD: the testkit's {@link ReportPages} drawn on an {@link OfdCanvas}. */
public final class ReportOfdRenderer {

    private ReportOfdRenderer() {}

    public static byte[] render(Report r, ReportPages.Options o) {
        OfdCanvas canvas = new OfdCanvas();
        ReportPages.render(r, o, canvas);
        return canvas.toBytes();
    }
}
