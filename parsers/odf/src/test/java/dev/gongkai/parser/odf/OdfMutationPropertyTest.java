package dev.gongkai.parser.odf;

import dev.gongkai.parser.odf.render.OdfRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.Mutants;
import dev.gongkai.testkit.Mutants.Mutant;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Damaged OpenDocument files (bytes overwritten, cut or spliced; content.xml cut or with bytes flipped
 * inside an intact zip) give a report or a typed error, never another exception, and never hang.
 */
class OdfMutationPropertyTest {
    private static final int MUTANTS = 60;

    @Test
    void damagedDocumentsGiveAReportOrATypedError() {
        Layout layout = ReportLayouts.layout(Reports.generator().generate(11), 11);
        List<byte[]> originals = List.of(OdfRenderer.odt(layout, "t"), OdfRenderer.ods(layout, "t"),
                OdfRenderer.fodt(layout, "t"));
        byte[] content = OdfRenderer.content(layout, false).getBytes(StandardCharsets.UTF_8);
        Stream<Mutant> damagedContent = LongStream.rangeClosed(1, MUTANTS).mapToObj(seed -> new Mutant(
                "content.xml seed " + seed, OdfRenderer.zip(OdfRenderer.TEXT,
                        new String(Mutants.mutate(content, new Random(seed)), StandardCharsets.UTF_8), null, null)));
        Mutants.assertTypedOnly(new OdfParser(), ParseContext.defaults().withFileName("m.odt"),
                Stream.concat(Mutants.of(originals, MUTANTS), damagedContent));
    }
}
