package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SampleReports;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        List<byte[]> originals = new ArrayList<>(List.of(DocxRenderer.render(layout),
                SheetRenderer.render(layout, false, 11), SheetRenderer.render(layout, true, 11)));
        originals.add(Files.readAllBytes(Path.of(getClass().getResource("/fixtures/jiguan-2020.doc").toURI())));
        ReportParser parser = new DocParser();
        List<String> escaped = new ArrayList<>();
        for (int k = 0; k < originals.size(); k++) {
            byte[] original = originals.get(k);
            for (long seed = 1; seed <= MUTANTS; seed++) {
                byte[] bytes = mutate(original, new Random(seed * 31 + k));
                try {
                    parser.parse(new ByteArrayInputStream(bytes), ParseContext.defaults());
                } catch (UnreadableDocumentException expected) {
                    // typed: fine
                } catch (Exception | StackOverflowError e) {
                    escaped.add("document " + k + " seed " + seed + ": " + e);
                }
            }
        }
        assertThat(escaped).isEmpty();
    }

    private static byte[] mutate(byte[] original, Random rnd) {
        byte[] b = original.clone();
        switch (rnd.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, 8 + rnd.nextInt(b.length - 8));
            default -> {
                int from = rnd.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(512));
                System.arraycopy(b, rnd.nextInt(b.length - len + 1), b, from, len);
            }
        }
        return b;
    }
}
