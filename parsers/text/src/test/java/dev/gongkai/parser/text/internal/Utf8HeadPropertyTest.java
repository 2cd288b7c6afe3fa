package dev.gongkai.parser.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Damage;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.TextRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte scan that answers "does this head look like text" ({@link Utf8Head}) gives the answer of
 * decoding the head ({@link TextDecoder#looksLikeTextDecoded}) for every head: seeded generated reports in
 * every text, Markdown and HTML shape and every encoding, their heads cut at several places, with invalid
 * bytes put anywhere ({@link Damage#anywhere}), and random or crafted bytes (overlong forms, surrogates,
 * U+FFFD, byte order marks, NULs, control characters, characters cut at the end). A failure names the seed.
 */
class Utf8HeadPropertyTest {

    private static final int SEEDS = 30;

    @Test
    void theScanAnswersAsTheDecoderOverGeneratedHeads() {
        Renderer[] shapes = {TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flat(), TextRenderer.aligned(),
            MarkdownRenderer.standard(), HtmlRenderer.standard()};
        Encoding[] encodings = Encoding.values();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int scanned = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Report r = (seed % 2 == 0 ? Reports.generator() : Reports.generator().withBlanks()).generate(seed);
            Renderer shape = shapes[(int) (seed % shapes.length)];
            for (Encoding e : encodings) {
                var doc = shape.render(r, RenderOptions.seeded(seed).encoding(e));
                List<byte[]> variants = new ArrayList<>(List.of(doc.bytes()));
                if (e != Encoding.UTF16LE && e != Encoding.UTF16BE && e != Encoding.UTF16LE_NO_BOM) {
                    variants.add(Damage.anywhere(doc, seed, 1 + (int) (seed % 3)).bytes());
                }
                for (byte[] all : variants) {
                    for (int shift = 0; shift < 4; shift++) {
                        for (int length : new int[] {DocumentProbe.HEAD_SIZE, 700 + (int) (seed * 37 % 900)}) {
                            byte[] head = Arrays.copyOfRange(all, Math.min(shift, all.length),
                                    Math.min(all.length, shift + length));
                            cases++;
                            if (Utf8Head.plausible(TextDecoder.uncut(head)) != Utf8Head.UNDECIDED) {
                                scanned++;
                            }
                            if (TextDecoder.looksLikeText(head) != TextDecoder.looksLikeTextDecoded(head)) {
                                failures.add("seed " + seed + " " + e + " shift " + shift + " length " + length);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("text probe: %d heads, %d answered by the byte scan%n", cases, scanned);
        assertThat(failures).as("%d of %d heads", failures.size(), cases).isEmpty();
        assertThat(scanned).as("the scan must answer the plain UTF-8 heads").isGreaterThan(cases / 30);
    }

    @Test
    void theScanAnswersAsTheDecoderOverRandomAndCraftedBytes() {
        byte[][] pieces = {
            {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE0, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {0},
            {1}, {0x1B}, {0x7F}, {'\n'}, {'\t'}, {'\f'}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC2},
            "一、总体情况".getBytes(StandardCharsets.UTF_8), "政府信息公开".getBytes(java.nio.charset.Charset.forName("GB18030")),
            "table 1 2 3 ".getBytes(StandardCharsets.US_ASCII),
        };
        List<Long> failures = new ArrayList<>();
        for (long seed = 0; seed < 800; seed++) {
            Random rnd = new Random(seed);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = 1 + rnd.nextInt(seed % 4 == 0 ? 1500 : 60);
            for (int i = 0; i < parts && out.size() < DocumentProbe.HEAD_SIZE; i++) {
                if (rnd.nextInt(10) == 0) {
                    byte[] junk = new byte[1 + rnd.nextInt(4)];
                    rnd.nextBytes(junk);
                    out.writeBytes(junk);
                } else {
                    int k = rnd.nextInt(4) == 0 ? rnd.nextInt(pieces.length) : pieces.length - 3 + rnd.nextInt(3);
                    out.writeBytes(pieces[k]);
                }
            }
            byte[] head = Arrays.copyOf(out.toByteArray(), Math.min(out.size(), DocumentProbe.HEAD_SIZE));
            if (head.length > 0 && TextDecoder.looksLikeText(head) != TextDecoder.looksLikeTextDecoded(head)) {
                failures.add(seed);
            }
        }
        assertThat(failures).as("seeds").isEmpty();
    }
}
