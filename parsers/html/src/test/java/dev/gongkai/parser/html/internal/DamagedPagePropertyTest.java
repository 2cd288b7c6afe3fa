package dev.gongkai.parser.html.internal;

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
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page (whole or fragment, and a whole page saved as MHTML) with one to three invalid byte sequences
 * in its prose ({@link Damage}) reads to the same tables, title, organ, year and publication date as the
 * clean page, with {@code encoding-repaired} naming how many bytes and the byte offset of the first.
 * Over seeded generated reports in every encoding the renderer has; a failure names the seed.
 */
class DamagedPagePropertyTest {

    private static final int PER_SHAPE = 200;

    private final HtmlReportParser parser = new HtmlReportParser();

    @Test
    void damagedProseReadsLikeTheCleanPage() throws Exception {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (int shape = 0; shape < 3; shape++) {
            for (long seed = 0; seed < PER_SHAPE; seed++) {
                String failure = check(shape, 8_000_000L + shape * 10_000L + seed);
                cases++;
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        System.out.printf("damaged html: %d cases, %d read identically to the clean page%n", cases,
                cases - failures.size());
        assertThat(failures.subList(0, Math.min(10, failures.size()))).as("%d of %d cases", failures.size(), cases)
                .isEmpty();
    }

    /** Shape 0: a whole page; 1: a fragment; 2: a whole page saved as MHTML (base64 part, charset in its header). */
    private String check(int shape, long seed) throws Exception {
        Report r = (seed % 2 == 0 ? Reports.generator() : Reports.generator().withBlanks()).generate(seed);
        Encoding[] encodings = Encoding.values();
        Encoding e = encodings[(int) (seed % encodings.length)];
        Rendering doc = HtmlRenderer.standard().render(r, RenderOptions.seeded(seed).encoding(e).fragment(shape == 1));
        Damage.Damaged bad = Damage.inProse(doc, r, seed);
        byte[] clean = doc.bytes();
        byte[] damaged = bad.bytes();
        if (shape == 2) {
            clean = mhtml(clean, e);
            damaged = mhtml(damaged, e);
        }
        ParseResult before = parser.parse(new ByteArrayInputStream(clean), ParseContext.defaults());
        ParseResult after;
        try {
            after = parser.parse(new ByteArrayInputStream(damaged), ParseContext.defaults());
        } catch (java.io.IOException ex) {
            return "seed " + seed + " shape " + shape + " " + bad.describe() + ": " + ex;
        }
        List<String> diff = new ArrayList<>(ReportDiff.between(before.report(), after.report(), false));
        Problem repaired = after.problems().stream().filter(p -> p.code().equals(DocumentDecoder.REPAIRED))
                .findFirst().orElse(null);
        String where = "byte " + bad.sites().get(0).byteOffset() + " of the page";
        if (repaired == null) {
            diff.add("no " + DocumentDecoder.REPAIRED + " problem: " + after.problems());
        } else if (!repaired.message().startsWith(bad.invalidBytes() + " byte") || !repaired.message().contains(where)) {
            diff.add("expected " + bad.invalidBytes() + " bytes, first at " + where + ": " + repaired.message());
        }
        if (!after.report().uncertainties().equals(before.report().uncertainties())) {
            diff.add("uncertain cells differ: " + after.report().uncertainties());
        }
        if (after.problems().stream().anyMatch(p -> p.code().equals("charset-mismatch"))
                != before.problems().stream().anyMatch(p -> p.code().equals("charset-mismatch"))) {
            diff.add("charset-mismatch differs: " + after.problems());
        }
        return diff.isEmpty() ? null : "seed " + seed + " shape " + shape + " " + bad.describe() + ": " + diff;
    }

    /** The page as a saved "web page, single file": its bytes base64-encoded in a part naming its charset. */
    private static byte[] mhtml(byte[] page, Encoding e) {
        String charset = switch (e) {
            case UTF8, UTF8_BOM -> "utf-8";
            case GBK -> "gbk";
            case GB18030 -> "gb18030";
            default -> "utf-16";
        };
        String m = "From: <Saved by a browser>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----=_NextPart_01\"\r\n\r\n"
                + "------=_NextPart_01\r\nContent-Type: text/html; charset=\"" + charset + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: http://example.gov.cn/a.html\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(page) + "\r\n------=_NextPart_01--\r\n";
        return m.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aMostlyUndecodablePageIsATypedErrorThatSaysWhy() throws Exception {
        Report r = Reports.generator().generate(12);
        byte[] clean = HtmlRenderer.standard().render(r, RenderOptions.seeded(12)).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random rnd = new Random(12);
        for (byte b : clean) {
            out.write(b);
            if (rnd.nextInt(8) == 0) {
                out.write(0x80 + rnd.nextInt(0x80));
            }
        }
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(out.toByteArray()), ParseContext.defaults()))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("not readable text")
                .hasMessageContaining("% of its " + out.size() + " bytes cannot be decoded");
    }
}
