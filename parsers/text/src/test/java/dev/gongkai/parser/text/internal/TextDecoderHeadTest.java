package dev.gongkai.parser.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.spi.DocumentProbe;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A probe's head cut inside a UTF-8 character is read without that character, and other heads as they are. */
class TextDecoderHeadTest {

    private static byte[] head(String text, Charset cs, int shift) {
        byte[] all = (text.repeat(DocumentProbe.HEAD_SIZE / 3)).getBytes(cs);
        return Arrays.copyOfRange(all, shift, shift + DocumentProbe.HEAD_SIZE);
    }

    @Test
    void aUtf8HeadLosesOnlyTheCharacterItsEndCut() {
        String text = "一、总体情况：本年度共收到政府信息公开申请12件。\n";
        for (int shift = 0; shift < 3; shift++) {
            byte[] h = head(text, StandardCharsets.UTF_8, shift);
            byte[] u = TextDecoder.uncut(h);
            assertThat(h.length - u.length).as("shift %d", shift).isBetween(0, 2);
            // what is left starts where the head starts and decodes without a replaced character at its end
            assertThat(Arrays.copyOf(h, u.length)).isEqualTo(u);
            String s = new String(u, StandardCharsets.UTF_8);
            assertThat(s.substring(Math.max(0, s.length() - 4))).doesNotContain("\uFFFD");
            assertThat(TextDecoder.looksLikeText(h)).isTrue();
        }
    }

    @Test
    void otherHeadsAreLeftAsTheyAre() {
        byte[] ascii = head("table 1 2 3\n", StandardCharsets.US_ASCII, 0);
        assertThat(TextDecoder.uncut(ascii)).isSameAs(ascii);
        byte[] whole = "总体情况".getBytes(StandardCharsets.UTF_8);
        byte[] cutWhole = Arrays.copyOf(whole, whole.length - 1); // a short document is whole: its cut is damage
        assertThat(TextDecoder.uncut(cutWhole)).isSameAs(cutWhole);
        byte[] gb = head("一、总体情况：本年度共收到申请12件。\n", Charset.forName("GB18030"), 1);
        assertThat(TextDecoder.looksLikeText(gb)).isTrue();
        byte[] binary = new byte[DocumentProbe.HEAD_SIZE];
        new java.util.Random(7).nextBytes(binary);
        assertThat(TextDecoder.looksLikeText(binary)).isFalse();
    }
}
