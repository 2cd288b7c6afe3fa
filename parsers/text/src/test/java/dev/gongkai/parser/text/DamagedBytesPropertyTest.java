package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Damage;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A document with one to three invalid byte sequences in its prose (a cut character, a stray byte, a
 * byte of another encoding, a lone surrogate: {@link Damage}) reads to the same tables, title, organ,
 * year and publication date as the clean one, and says so with {@code encoding-repaired} (how many bytes,
 * where the first was). Over seeded generated reports in every text and Markdown shape and every
 * encoding the renderers have. A failure names the seed, shape, encoding and the damaged places.
 */
@Tag("slow")
class DamagedBytesPropertyTest {

    private static final int PER_SHAPE = 200;
    private static final Encoding[] ENCODINGS = Encoding.values();

    private static final String UNREADABLE = "clean document unreadable";

    private final TextReportParser parser = new TextReportParser();

    @Test
    void damagedProseReadsLikeTheCleanDocument() throws Exception {
        Renderer[] shapes = {TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flat(), TextRenderer.flatSpaced(),
            TextRenderer.aligned(), TextRenderer.alignedRaw(), MarkdownRenderer.standard()};
        int cases = 0;
        int unreadable = 0;
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < shapes.length; s++) {
            for (long seed = 0; seed < PER_SHAPE; seed++) {
                long n = 7_000_000L + s * 10_000L + seed;
                String failure = check(shapes[s], n);
                if (failure == UNREADABLE) {
                    unreadable++;
                    continue;
                }
                cases++;
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        System.out.printf("damaged text: %d cases, %d read identically to the clean document (%d more whose"
                + " clean document is not read: UTF-16 without BOM and too few ASCII characters to tell)%n", cases,
                cases - failures.size(), unreadable);
        assertThat(unreadable).isLessThan(cases / 20);
        assertThat(failures.subList(0, Math.min(10, failures.size()))).as("%d of %d cases", failures.size(), cases)
                .isEmpty();
    }

    /** Null when the damaged document reads as the clean one, else what differed. */
    private String check(Renderer shape, long seed) throws Exception {
        Report r = (seed % 2 == 0 ? Reports.generator() : Reports.generator().withBlanks()).generate(seed);
        Encoding e = ENCODINGS[(int) (seed % ENCODINGS.length)];
        Rendering doc = shape.render(r, RenderOptions.seeded(seed).encoding(e));
        Damage.Damaged bad = Damage.inProse(doc, r, seed);
        ParseResult clean;
        try {
            clean = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
        } catch (UnsupportedFormatException ex) {
            return UNREADABLE; // the clean bytes are not read either (UTF-16 without BOM or zero bytes to tell)
        }
        ParseResult damaged;
        try {
            damaged = parser.parse(new ByteArrayInputStream(bad.bytes()), ParseContext.defaults());
        } catch (java.io.IOException ex) {
            return "seed " + seed + " " + bad.describe() + ": " + ex;
        }
        List<String> diff = new ArrayList<>(ReportDiff.between(clean.report(), damaged.report(), false));
        Problem repaired = damaged.problems().stream().filter(p -> p.code().equals(DocumentDecoder.REPAIRED))
                .findFirst().orElse(null);
        if (repaired == null) {
            diff.add("no " + DocumentDecoder.REPAIRED + " problem: " + damaged.problems());
        } else {
            String where = lineColumn(doc.text(), bad.sites().get(0).charIndex());
            if (!repaired.message().startsWith(bad.invalidBytes() + " byte") || !repaired.message().contains(where)) {
                diff.add("expected " + bad.invalidBytes() + " bytes, first at " + where + ": " + repaired.message());
            }
        }
        if (!damaged.report().uncertainties().equals(clean.report().uncertainties())) {
            diff.add("uncertain cells differ: " + damaged.report().uncertainties());
        }
        return diff.isEmpty() ? null : "seed " + seed + " " + bad.describe() + ": " + diff;
    }

    private static String lineColumn(String text, int index) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return "line " + line + ", column " + (index - start + 1);
    }

    @Test
    void aMostlyUndecodableDocumentIsATypedErrorThatSaysWhy() throws Exception {
        Report r = Reports.generator().generate(11);
        byte[] clean = TextRenderer.tabs().render(r, RenderOptions.seeded(11)).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random rnd = new Random(11);
        for (byte b : clean) {
            out.write(b);
            if (rnd.nextInt(8) == 0) {
                out.write(0x80 + rnd.nextInt(0x80)); // a stray byte every eight: no longer a few cut characters
            }
        }
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(out.toByteArray()), ParseContext.defaults()))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("not readable text")
                .hasMessageContaining("% of its " + out.size() + " bytes cannot be decoded");
    }
}
