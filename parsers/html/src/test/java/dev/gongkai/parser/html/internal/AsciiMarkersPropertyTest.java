package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.testkit.Reports;
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
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader's probe finds its markers without lower-casing the head ({@link AsciiMarkers}) and gives
 * the score of the lower-cased head ({@link HtmlReportParser#markup}) for every head: generated pages and
 * text documents in every encoding, their markers' letters put in random case, with white space, byte
 * order marks, MHTML headers and random Latin-1 bytes around them. A failure names the seed.
 */
class AsciiMarkersPropertyTest {

    private static final String[] MARKERS = {"<!DOCTYPE html>", "<html lang=zh>", "<body>", "<table>", "<TaBlE",
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\nContent-Type: text/html\r\n",
        "multipart/related", "text/html", "<htm", "<bod", "< html", "<h\u0130ml", "\u00c0<html"};

    @Test
    void theMarkersScoreAsTheLowerCasedHead() {
        Renderer[] shapes = {HtmlRenderer.standard(), TextRenderer.tabs(), MarkdownRenderer.standard()};
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int marked = 0;
        for (long seed = 0; seed < 600; seed++) {
            Random rnd = new Random(seed);
            byte[] head;
            if (seed % 3 == 0) {
                Report r = Reports.generator().generate(seed);
                Encoding e = Encoding.values()[(int) (seed / 3 % Encoding.values().length)];
                head = shapes[(int) (seed / 3 % shapes.length)].render(r, RenderOptions.seeded(seed).encoding(e)).bytes();
            } else {
                head = crafted(rnd);
            }
            head = Arrays.copyOf(head, Math.min(head.length, DocumentProbe.HEAD_SIZE));
            DocumentProbe probe = new DocumentProbe("f.txt", head);
            int expected = HtmlReportParser.markup(HtmlReportParser.headText(probe).toLowerCase(Locale.ROOT));
            boolean utf16 = probe.startsWith((byte) 0xFF, (byte) 0xFE) || probe.startsWith((byte) 0xFE, (byte) 0xFF);
            int actual = utf16 ? expected : AsciiMarkers.markup(probe.headAscii());
            cases++;
            if (expected > 0) {
                marked++;
            }
            if (actual != expected) {
                failures.add("seed " + seed + ": " + actual + " instead of " + expected);
            }
        }
        assertThat(failures).as("%d of %d heads", failures.size(), cases).isEmpty();
        assertThat(marked).as("heads with markup").isBetween(cases / 5, cases - cases / 10);
    }

    /** Markers in random case among white space, Latin-1 bytes and text, sometimes after a UTF-8 byte order mark. */
    private static byte[] crafted(Random rnd) {
        StringBuilder b = new StringBuilder();
        if (rnd.nextInt(5) == 0) {
            b.append("\u00ef\u00bb\u00bf");
        }
        int parts = rnd.nextInt(6);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(4)) {
                case 0 -> b.append(" \t\r\n\u000b\u001c\u00a0".charAt(rnd.nextInt(7)));
                case 1 -> b.append(randomCase(MARKERS[rnd.nextInt(MARKERS.length)], rnd));
                case 2 -> b.append((char) (rnd.nextInt(256)));
                default -> b.append("政府信息公开 ").append(rnd.nextInt(1000));
            }
        }
        byte[] latin = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        return rnd.nextInt(4) == 0 ? b.toString().getBytes(StandardCharsets.UTF_8) : latin;
    }

    private static String randomCase(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(rnd.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }
}
