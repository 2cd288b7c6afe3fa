package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Pages saved as MHTML ("web page, single file") are read from their text/html part. */
class MhtmlTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = MhtmlTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Quoted-printable as browsers write it: non-ASCII and '=' escaped, soft breaks before 76 columns. */
    static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte x : bytes) {
            int b = x & 0xff;
            String piece = b == '\n' ? "\r\n" : b == '\r' ? "" : (b >= 0x80 || b == '=') ? String.format("=%02X", b)
                    : String.valueOf((char) b);
            if (b != '\n' && column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column = b == '\n' ? 0 : column + piece.length();
        }
        return out.toString();
    }

    private static byte[] mhtml(String charset, String encoding, String body) {
        String boundary = "----MultipartBoundary--gK3NvfQx7fS2Xr0cWn1uJ9pQ5mTz4hA----";
        String m = "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: http://www.example.gov.cn/zwgk/ndbg/202401/t20240120_1.html\r\n"
                + "Subject: =?utf-8?Q?report?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html; charset=\"" + charset + "\"\r\n"
                + "Content-Transfer-Encoding: " + encoding + "\r\n"
                + "Content-Location: http://www.example.gov.cn/zwgk/ndbg/202401/t20240120_1.html\r\n\r\n"
                + body + "\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: cid:css-1@mhtml.blink\r\n\r\n@charset \"utf-8\";\r\n\r\n"
                + "--" + boundary + "--\r\n";
        return m.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void assertGolden(byte[] page, String golden) throws Exception {
        Report actual = new HtmlReportParser().parse(new ByteArrayInputStream(page),
                ParseContext.defaults().withFileName("page.mhtml")).report();
        Report expected = ReportJson.read(new ByteArrayInputStream(resource(golden)));
        assertThat(ReportDiff.between(expected, actual, false)).isEmpty();
    }

    @Test
    void aQuotedPrintablePageIsRead() throws Exception {
        byte[] page = mhtml("utf-8", "quoted-printable", quotedPrintable(resource("saved-page-with-chrome.html")));
        assertThat(new HtmlReportParser().supports(new DocumentProbe(null, page)))
                .isEqualTo(HtmlReportParser.SCORE_MARKUP_INSIDE);
        assertGolden(page, "saved-page-with-chrome.json");
    }

    @Test
    void aBase64GbkPageIsRead() throws Exception {
        byte[] page = mhtml("gbk", "base64",
                Base64.getMimeEncoder().encodeToString(resource("gbk-meta-layout-tables.html")));
        assertGolden(page, "gbk-meta-layout-tables.json");
    }

    @Test
    void softBreaksAndEscapesAreUndone() {
        assertThat(new String(Mhtml.quotedPrintable("a=3Db=\r\nc=E4=B8=AD=\nd=zz"), StandardCharsets.UTF_8))
                .isEqualTo("a=bc中d=zz");
    }

    @Test
    void aMessageWithoutAnHtmlPartIsCorrupt() {
        byte[] page = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/css\r\n\r\np{}\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(Mhtml.is(page)).isTrue();
        assertThatThrownBy(() -> Mhtml.html(page)).isInstanceOf(CorruptDocumentException.class);
    }
}
