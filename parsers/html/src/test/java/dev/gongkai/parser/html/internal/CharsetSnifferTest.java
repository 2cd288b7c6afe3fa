package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String TEXT = "樟树市2023年政府信息公开工作年度报告";

    private static byte[] bytes(String s, Charset cs) {
        return s.getBytes(cs);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void gbkDeclaredOnlyInMetaReadsRight() throws Exception {
        for (String meta : new String[] {"<meta charset=gbk>", "<meta charset=\"GB2312\">",
                "<META http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"}) {
            String page = "<html><head>" + meta + "</head><body><p>" + TEXT + "</p></body></html>";
            CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes(page, GBK), null);
            assertThat(d.text()).contains(TEXT);
            assertThat(d.charset()).isEqualTo(CharsetSniffer.GB18030);
            assertThat(d.problems()).isEmpty();
        }
    }

    @Test
    void byteOrderMarksWin() throws Exception {
        String page = "<meta charset=gbk><p>" + TEXT;
        assertThat(CharsetSniffer.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(page, StandardCharsets.UTF_8)), null).text()).isEqualTo(page);
        assertThat(CharsetSniffer.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes(page, StandardCharsets.UTF_16LE)), null).text()).isEqualTo(page);
        assertThat(CharsetSniffer.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                bytes(page, StandardCharsets.UTF_16BE)), null).text()).isEqualTo(page);
    }

    @Test
    void undeclaredPagesAreDetected() throws Exception {
        String page = "<p>" + TEXT + "</p>";
        assertThat(CharsetSniffer.decode(bytes(page, StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode(bytes(page, GBK), null).text()).isEqualTo(page);
        assertThat(CharsetSniffer.decode(bytes(page, StandardCharsets.UTF_16LE), null).text()).isEqualTo(page);
        assertThat(CharsetSniffer.decode(bytes(page, StandardCharsets.UTF_16BE), null).text()).isEqualTo(page);
    }

    @Test
    void aWrongDeclarationLosesToTheBytes() throws Exception {
        String utf8Page = "<meta charset=gb2312><p>" + TEXT;
        CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes(utf8Page, StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(utf8Page);
        assertThat(d.problems()).extracting(p -> p.code()).containsExactly("charset-mismatch");

        String gbkPage = "<meta charset=\"utf-8\"><p>" + TEXT;
        d = CharsetSniffer.decode(bytes(gbkPage, GBK), null);
        assertThat(d.text()).isEqualTo(gbkPage);
        assertThat(d.problems()).extracting(p -> p.code()).containsExactly("charset-mismatch");

        String latin = "<meta charset=iso-8859-1><p>" + TEXT;
        d = CharsetSniffer.decode(bytes(latin, GBK), null);
        assertThat(d.text()).isEqualTo(latin);
        assertThat(d.problems()).extracting(p -> p.code()).containsExactly("charset-declaration-ignored");
    }

    @Test
    void anExplicitCharsetWinsOverDeclarationAndDetection() throws Exception {
        String page = "<meta charset=utf-8><p>" + TEXT;
        assertThat(CharsetSniffer.decode(bytes(page, GBK), GBK).text()).isEqualTo(page);
    }

    @Test
    void declarationsAfterTheBodyStartAreIgnored() throws Exception {
        assertThat(CharsetSniffer.declared(bytes("<html><body><p>x</p><meta charset=gbk>", StandardCharsets.US_ASCII)))
                .isNull();
        assertThat(CharsetSniffer.declared(bytes("<?xml version=\"1.0\" encoding=\"GBK\"?><html>", StandardCharsets.US_ASCII)))
                .isEqualTo("GBK");
    }
}
