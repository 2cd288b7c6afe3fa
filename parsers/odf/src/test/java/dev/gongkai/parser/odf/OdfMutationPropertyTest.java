package dev.gongkai.parser.odf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.parser.odf.render.OdfRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Layout;
import dev.gongkai.testkit.render.ReportLayouts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
        String content = OdfRenderer.content(layout, false);
        List<String> escaped = new ArrayList<>();
        for (int k = 0; k < originals.size(); k++) {
            for (long seed = 1; seed <= MUTANTS; seed++) {
                check(mutate(originals.get(k), new Random(seed * 31 + k)), "document " + k + " seed " + seed, escaped);
            }
        }
        for (long seed = 1; seed <= MUTANTS; seed++) {
            byte[] xml = mutate(content.getBytes(StandardCharsets.UTF_8), new Random(seed));
            byte[] odt = OdfRenderer.zip(OdfRenderer.TEXT, new String(xml, StandardCharsets.UTF_8), null, null);
            check(odt, "content.xml seed " + seed, escaped);
        }
        assertThat(escaped).isEmpty();
    }

    private static void check(byte[] bytes, String what, List<String> escaped) {
        try {
            new OdfParser().parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName("m.odt"));
        } catch (UnreadableDocumentException expected) {
            // typed: fine
        } catch (Exception | StackOverflowError e) {
            escaped.add(what + ": " + e);
        }
    }

    static byte[] mutate(byte[] original, Random rnd) {
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
