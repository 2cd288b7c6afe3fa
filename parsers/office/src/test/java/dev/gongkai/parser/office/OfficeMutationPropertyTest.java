package dev.gongkai.parser.office;

import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.parser.office.render.SampleReports;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.Mutants;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Damaged documents (bytes overwritten, cut, or spliced) give a report or a typed error, never any
 * other exception: POI's own exceptions must not escape.
 */
class OfficeMutationPropertyTest {
    private static final int MUTANTS = 40;

    @Test
    void damagedDocumentsGiveAReportOrATypedError() throws Exception {
        Layout layout = ReportLayouts.layout(SampleReports.generate(11), 11);
        List<byte[]> originals = List.of(DocxRenderer.render(layout), SheetRenderer.render(layout, false, 11),
                SheetRenderer.render(layout, true, 11),
                Files.readAllBytes(Path.of(getClass().getResource("/fixtures/jiguan-2020.doc").toURI())));
        Mutants.assertTypedOnly(new DocParser(), ParseContext.defaults(), Mutants.of(originals, MUTANTS));
    }
}
