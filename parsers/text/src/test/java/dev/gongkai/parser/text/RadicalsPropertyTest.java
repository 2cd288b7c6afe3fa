package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text taken from a PDF whose text layer was rebuilt from its fonts (Ghostscript over a browser's print),
 * or copied out of one, has CJK radicals where the font shares a glyph between a radical and an
 * ideograph: 武宁县⼈⺠政府, 共⻘城市应急管理局. Such a report reads as the report, its organ and title
 * included: the organ is what cross-year pairing keys on, and a radical in it met no other year's report.
 * Over seeded generated reports, every ideograph that has a radical written as the radical.
 */
class RadicalsPropertyTest {

    private static final int COUNT = 60;

    /** Ideograph to radical: the Kangxi radicals (Unicode's compatibility mapping) and three supplement radicals seen in such PDFs. */
    private static final Map<Character, Character> RADICAL = radicals();

    private final TextReportParser parser = new TextReportParser();

    @Test
    void radicalsForIdeographsReadAsTheReport() throws Exception {
        int replaced = 0;
        for (long seed = 11_700; seed < 11_700 + COUNT; seed++) {
            Report r = Reports.generator().generate(seed);
            TextRenderer shape = seed % 2 == 0 ? TextRenderer.tabs() : TextRenderer.aligned();
            String text = shape.render(r, RenderOptions.seeded(seed)).text();
            String garbled = asRadicals(text);
            replaced += garbled.equals(text) ? 0 : 1;
            Report clean = read(text);
            Report got = read(garbled);
            assertThat(ReportDiff.between(clean, got)).as("seed %d: as without radicals%n%s", seed, garbled).isEmpty();
            assertThat(ReportDiff.between(r, got, false))
                    .as("seed %d: the tables and facts%n%s", seed, garbled).isEmpty();
            assertThat(got.organ()).as("seed %d: organ", seed).isEqualTo(r.organ());
            assertThat(got.title()).as("seed %d: title", seed).isEqualTo(r.title());
            assertThat(got.uncertainties()).as("seed %d", seed).isEqualTo(clean.uncertainties());
        }
        assertThat(replaced).as("renderings with a radical").isEqualTo(COUNT);
    }

    private Report read(String text) throws Exception {
        ParseResult p = parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ParseContext.defaults());
        return p.report();
    }

    private static String asRadicals(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(RADICAL.getOrDefault(c, c));
        }
        return b.toString();
    }

    private static Map<Character, Character> radicals() {
        Map<Character, Character> m = new HashMap<>();
        for (char c = '\u2F00'; c <= '\u2FD5'; c++) {
            String ideograph = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (ideograph.length() == 1 && ideograph.charAt(0) != c) {
                m.put(ideograph.charAt(0), c);
            }
        }
        m.put('民', '\u2EA0');
        m.put('门', '\u2ED4');
        m.put('青', '\u2ED8');
        return m;
    }
}
