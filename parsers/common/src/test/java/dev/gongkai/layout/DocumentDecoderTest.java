package dev.gongkai.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.spi.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentDecoderTest {

    private static final String TEXT = "樟树市2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息四千余条。\n";

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void cleanDocumentsAreReadAsBefore() throws Exception {
        // UTF-16 without a BOM is known by the zero bytes of its ASCII characters (digits, line breaks)
        String text = TEXT + "政府信息公开申请 12\n行政复议 3\n行政诉讼 4\n";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, DocumentDecoder.GB18030, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            DocumentDecoder.Decoded d = DocumentDecoder.decode(text.getBytes(cs), null, null);
            assertThat(d.text()).as(cs.name()).isEqualTo(text);
            assertThat(d.charset()).isEqualTo(cs);
            assertThat(d.repaired()).isFalse();
            assertThat(d.problemByLine()).isNull();
        }
    }

    @Test
    void aCutCharacterIsReplacedCountedAndLocated() throws Exception {
        byte[] clean = TEXT.getBytes(StandardCharsets.UTF_8);
        int at = ("樟树市2023年政府信息公开工作年度报告\n一、总体情况\n全年主动").getBytes(StandardCharsets.UTF_8).length;
        byte[] cut = concat(java.util.Arrays.copyOf(clean, at + 2), java.util.Arrays.copyOfRange(clean, at + 3, clean.length));
        DocumentDecoder.Decoded d = DocumentDecoder.decode(cut, null, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.invalidBytes()).isEqualTo(2);
        assertThat(d.firstInvalidByte()).isEqualTo(at);
        assertThat(d.text()).isEqualTo(TEXT.replace("主动公开", "主动\uFFFD开"));
        Problem p = d.problemByLine();
        assertThat(p.code()).isEqualTo("encoding-repaired");
        assertThat(p.message()).contains("2 bytes", "UTF-8", "line 3, column 5");
        assertThat(DocumentDecoder.decode(cut, null, null).problemByOffset("the page").message())
                .contains("byte " + at + " of the page");
    }

    @Test
    void aStrayByteInGb18030KeepsTheRestAligned() throws Exception {
        byte[] gb = TEXT.getBytes(DocumentDecoder.GB18030);
        int at = "樟树市2023年政府信息公开".getBytes(DocumentDecoder.GB18030).length;
        for (int stray : new int[] {0x80, 0xFF}) {
            byte[] damaged = concat(java.util.Arrays.copyOf(gb, at), new byte[] {(byte) stray},
                    java.util.Arrays.copyOfRange(gb, at, gb.length));
            DocumentDecoder.Decoded d = DocumentDecoder.decode(damaged, null, null);
            assertThat(d.charset()).isEqualTo(DocumentDecoder.GB18030);
            assertThat(d.text()).isEqualTo(TEXT.replace("公开工作", "公开\uFFFD工作"));
            assertThat(d.invalidBytes()).isEqualTo(1);
        }
    }

    @Test
    void aLoneLeadByteDoesNotSwallowTheDigitsAfterIt() throws Exception {
        byte[] b = concat("年度".getBytes(DocumentDecoder.GB18030), new byte[] {(byte) 0xB0},
                "2023年报告".getBytes(DocumentDecoder.GB18030));
        DocumentDecoder.Decoded d = DocumentDecoder.decode(concat(b, "政府信息公开工作年度报告".repeat(3).getBytes(DocumentDecoder.GB18030)), null, null);
        assertThat(d.text()).startsWith("年度\uFFFD2023年报告");
    }

    @Test
    void aDeclaredCharsetIsKeptOnlyWhenItDecodesAboutAsWell() throws Exception {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertThat(DocumentDecoder.decode(gbk, null, StandardCharsets.UTF_8).charset()).isEqualTo(DocumentDecoder.GB18030);
        DocumentDecoder.Decoded d = DocumentDecoder.decode(gbk, null, DocumentDecoder.GB18030);
        assertThat(d.basis()).isEqualTo(DocumentDecoder.Basis.DECLARED);
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentDecoder.decode(utf8, null, DocumentDecoder.GB18030).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMostlyUndecodableDocumentIsRefusedWithAReasonAPersonUnderstands() {
        Random rnd = new Random(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            out.writeBytes("政府信息公开".getBytes(StandardCharsets.UTF_8));
            out.write(0xFF); // two stray bytes in every run of six characters: not a few cut characters
            out.write(0x80 + rnd.nextInt(0x40));
        }
        assertThatThrownBy(() -> DocumentDecoder.decode(out.toByteArray(), null, null))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("not readable text")
                .hasMessageContaining("cannot be decoded");
    }
}
