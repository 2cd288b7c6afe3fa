package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.NoTemplateException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input gives a typed error or a result, never a crash or a hang. */
class RobustnessTest {

    private final TextReportParser parser = new TextReportParser();

    @Test
    void randomBytesAreNotText() {
        byte[] b = new byte[10 << 20];
        new Random(42).nextBytes(b);
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(b), ParseContext.defaults()))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void aTenMegabyteLineHasNoTemplate() {
        byte[] b = new byte[10 << 20];
        Arrays.fill(b, (byte) 'a');
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(b), ParseContext.defaults()))
                .isInstanceOf(NoTemplateException.class);
    }

    @Test
    void aTenMegabyteLineOfLabelsAndDigitsEnds() throws Exception {
        StringBuilder s = new StringBuilder("二、主动公开政府信息情况\n");
        while (s.length() < (5 << 20)) {
            s.append("行政许可 12 规章 3 （一）予以公开 1 2 3 ");
        }
        var r = parser.parse(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults());
        assertThat(r.report()).isNotNull();
    }

    @Test
    void longGluedLinesOfLabelsAndDigitsEnd() throws Exception {
        for (int size : new int[] {190_000, 5 << 20}) {
            StringBuilder s = new StringBuilder("二、主动公开政府信息情况\n");
            while (s.length() < size) {
                s.append("行政许可12规章3（一）予以公开1231.属于国家秘密0000000");
            }
            var r = parser.parse(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)),
                    ParseContext.defaults());
            assertThat(r.report()).isNotNull();
        }
    }

    @Test
    void theSizeLimitIsEnforced() {
        byte[] b = "一、总体情况\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(b), ParseContext.defaults().withMaxBytes(100)))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason())
                        .isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
    }

    @Test
    void anExplicitCharsetThatDoesNotFitIsATypedError() {
        byte[] b = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(b),
                ParseContext.defaults().withCharset(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void emptyAndProseOnlyDocumentsHaveNoTemplate() {
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(new byte[0]), ParseContext.defaults()))
                .isInstanceOf(UnreadableDocumentException.class);
        byte[] prose = "今天天气很好。\n我们去公园。".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(prose), ParseContext.defaults()))
                .isInstanceOf(NoTemplateException.class);
    }

    @Test
    void supportsPrefersTextFilesAndRefusesBinary() {
        byte[] text = "一、总体情况".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.supports(new DocumentProbe("a.txt", text))).isGreaterThan(parser.supports(new DocumentProbe("a", text)));
        assertThat(parser.supports(new DocumentProbe("a", text))).isPositive();
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        assertThat(parser.supports(new DocumentProbe("a.bin", binary))).isZero();
    }
}
