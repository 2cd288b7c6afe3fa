package dev.gongkai.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.UnreadableDocumentException.Reason;
import dev.gongkai.fuzz.Contract.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted attacks, each through {@code Gongkai.parse} and the default validator under the fuzz targets' contract
 * ({@link Contract}: a report or a typed error with a reason for people, within the time bound, in the module's
 * bounded heap of 512 MB), each with its expected outcome. Built in the test from the committed seeds so that no
 * large file is committed.
 */
@Tag("slow")
class AttacksTest {

    private static final String DOCX = "seed-zhangshu-2023";
    private static final String XLSX = "seed-zhangshu-2023";
    private static final String HTML = "seed-gov-meta-tags";

    /** The page with {@code html} first in its body. */
    private static byte[] inBody(String page, String html) {
        int at = page.indexOf('>', page.indexOf("<body")) + 1;
        assertThat(at).isPositive();
        return (page.substring(0, at) + html + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    // --- zip bombs: a part of ~300 MB that compresses to ~300 KB -----------------------------------------

    @Test
    void aZipBombInADocxIsRefusedAsTooLarge() {
        byte[] bomb = bomb(Seeds.of("docx", DOCX), "word/document.xml", "<w:body>");
        assertThat(Contract.check(bomb, "bomb.docx").error().reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aZipBombInAnXlsxIsRefusedAsTooLarge() {
        byte[] bomb = bomb(Seeds.of("xlsx", XLSX), "xl/worksheets/sheet1.xml", "<sheetData>");
        assertThat(Contract.check(bomb, "bomb.xlsx").error().reason()).isEqualTo(Reason.TOO_LARGE);
        byte[] strings = bomb(Seeds.of("xlsx", XLSX), "xl/sharedStrings.xml", "<sst");
        assertThat(Contract.check(strings, "bomb.xlsx").error().reason()).isEqualTo(Reason.TOO_LARGE);
    }

    /** The zip with {@code entry} padded after {@code after}'s element start by 300 MB of spaces. */
    private static byte[] bomb(byte[] zip, String entry, String after) {
        return Seeds.rewriteEntry(zip, entry, (data, out) -> {
            String xml = new String(data, StandardCharsets.UTF_8);
            int at = xml.indexOf('>', xml.indexOf(after)) + 1;
            out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    // --- entity expansion and external entities in every XML-based format ------------------------------

    private static final String LAUGHS = "<!ENTITY l0 \"lollollollol\">" + laughs();

    private static String laughs() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            b.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return b.toString();
    }

    @Test
    void entityExpansionAndExternalEntitiesInOfficePartsAreNotExpanded(@TempDir Path dir) throws IOException {
        Path secret = secret(dir);
        String[][] parts = {
            {"docx", DOCX, "word/document.xml", "w:document"}, {"docx", DOCX, "docProps/core.xml", "cp:coreProperties"},
            {"xlsx", XLSX, "xl/sharedStrings.xml", "sst"}, {"xlsx", XLSX, "xl/worksheets/sheet1.xml", "worksheet"},
            {"xlsx", XLSX, "docProps/core.xml", "cp:coreProperties"}};
        for (String[] p : parts) {
            for (String entities : new String[] {LAUGHS, "<!ENTITY l9 SYSTEM \"" + secret.toUri() + "\">"}) {
                byte[] bytes = Seeds.rewriteEntry(Seeds.of(p[0], p[1]), p[2], xml -> withDoctype(xml, p[3], entities));
                Outcome o = Contract.check(bytes, "attack." + p[0]);
                if (p[2].startsWith("docProps/")) {
                    // the document properties are optional: a part with a DOCTYPE is dropped, the report read
                    assertThat(o.report()).as("%s %s", p[0], p[2]).isNotNull();
                    assertThat(o.json()).doesNotContain("SECRET-4711").doesNotContain("lollollollollollol");
                } else {
                    // a DOCTYPE has no place in an Office part: the part is refused, the document is corrupt
                    assertThat(o.error()).as("%s %s", p[0], p[2]).isNotNull();
                    assertThat(o.error().reason()).as("%s %s", p[0], p[2]).isEqualTo(Reason.CORRUPT);
                }
            }
        }
    }

    /** The XML with a DOCTYPE declaring {@code entities} before its root and {@code &l9;} in its first text. */
    private static String withDoctype(String xml, String root, String entities) {
        int start = xml.indexOf("<" + root);
        String declared = xml.substring(0, start) + "<!DOCTYPE " + root + " [" + entities + "]>" + xml.substring(start);
        int text = declared.indexOf('>', declared.indexOf("<" + root)) + 1;
        int firstText = declared.indexOf("<w:t>", text) > 0 ? declared.indexOf("<w:t>", text) + 5
                : declared.indexOf("<t>", text) > 0 ? declared.indexOf("<t>", text) + 3 : -1;
        return firstText < 0 ? declared : declared.substring(0, firstText) + "&l9;" + declared.substring(firstText);
    }

    private static Path secret(Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "机密SECRET-4711 一、总体情况");
        return secret;
    }

    @Test
    void entitiesInHtmlXhtmlAndMhtmlAreNeitherExpandedNorFetched(@TempDir Path dir) throws IOException {
        Path secret = secret(dir);
        String page = new String(Seeds.of("html", HTML), StandardCharsets.UTF_8);
        String body = page.substring(page.indexOf("<body"));
        for (String entities : new String[] {LAUGHS, "<!ENTITY l9 SYSTEM \"" + secret.toUri() + "\">"}) {
            String doctype = "<!DOCTYPE html [" + entities + "]>";
            String html = doctype + "<html><head><title>&l9;</title></head>" + body.replaceFirst("<p", "<p>&l9;</p><p");
            String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + html.replace("<html>",
                    "<html xmlns=\"http://www.w3.org/1999/xhtml\">");
            byte[] mhtml = mhtml(html);
            for (Object[] attack : new Object[][] {{html, "attack.html"}, {xhtml, "attack.xhtml"}, {mhtml, "attack.mht"}}) {
                byte[] bytes = attack[0] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) attack[0];
                Outcome o = Contract.check(bytes, (String) attack[1]);
                // the page is a whole report: it is read, with the entity left as the text it is
                assertThat(o.report()).as("%s", attack[1]).isNotNull();
                assertThat(o.json()).doesNotContain("SECRET-4711").doesNotContain("lollollollollollol");
            }
        }
    }

    private static byte[] mhtml(String html) {
        String b = "----boundary-gongkai-attack----";
        return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"" + b + "\"\r\n\r\n"
                + "--" + b + "\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + html + "\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    // --- HTML tables -------------------------------------------------------------------------------

    @Test
    void spansOfTwoToTheThirtyFirstAreBounded() {
        String page = new String(Seeds.of("html", HTML), StandardCharsets.UTF_8);
        for (String span : new String[] {"2147483648", "2147483647", "4294967296", "-2147483648", "99999999999999999999"}) {
            String table = "<table><tr><td colspan=\"" + span + "\" rowspan=\"" + span + "\">本年新收政府信息公开申请数量</td>"
                    + "<td rowspan=" + span + ">1</td></tr><tr><td colspan=" + span + ">2</td></tr></table>";
            Outcome o = Contract.check(inBody(page, table), "span.html");
            assertThat(o.report()).as(span).isNotNull();
        }
    }

    @Test
    void twentyThousandNestedTablesAreATypedErrorOrAReport() {
        String page = new String(Seeds.of("html", HTML), StandardCharsets.UTF_8);
        String nested = "<table><tr><td>".repeat(20_000) + "本年新收 1 2 3" + "</td></tr></table>".repeat(20_000);
        Outcome o = Contract.check(inBody(page, nested), "nested.html");
        assertThat(o.report() != null || o.error() != null).isTrue();
        Outcome alone = Contract.check(nested.getBytes(StandardCharsets.UTF_8), "nested.html");
        assertThat(alone.error()).isNotNull();
        assertThat(alone.error().reason()).isEqualTo(Reason.NO_TEMPLATE);
    }

    // --- size ---------------------------------------------------------------------------------------

    @Test
    void aSixtyMegabyteTextIsRefusedAsTooLarge() {
        byte[] report = Seeds.of("text", "seed-pdftotext-raw-aligned-002");
        byte[] line = "本单位持续深化政务公开，推进基层政务公开标准化规范化建设，回应社会关切。\n".getBytes(StandardCharsets.UTF_8);
        int size = 60 << 20;
        byte[] big = new byte[size];
        System.arraycopy(report, 0, big, 0, report.length);
        for (int at = report.length; at < size; at += line.length) {
            System.arraycopy(line, 0, big, at, Math.min(line.length, size - at));
        }
        Outcome o = Contract.check(big, "big.txt");
        // over the text reader's limit of 16 MB: refused at once (read, it took over a minute on a loaded machine)
        assertThat(o.error().reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aPdfOfTenThousandPagesIsRefusedAsTooLarge() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 10_000; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 720);
                    cs.showText("2023 annual report, page " + i + " 8 100 009");
                    cs.endText();
                }
            }
            doc.save(out);
        }
        Outcome o = Contract.check(out.toByteArray(), "pages.pdf");
        assertThat(o.error()).isNotNull();
        // read, it took some 50 s on a loaded machine; a report has some 5 to 50 pages
        assertThat(o.error().reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aGluedRunOfAHundredThousandDigitsIsBounded() {
        String text = new String(Seeds.of("text", "seed-crawler-one-line-glued-000"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4,}").matcher(text);
        int runs = 0;
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find() && runs < 3) {
            b.append(text, last, m.start()).append("1234567890".repeat(10_000));
            last = m.end();
            runs++;
        }
        b.append(text.substring(last));
        assertThat(runs).isEqualTo(3);
        Outcome o = Contract.check(b.toString().getBytes(StandardCharsets.UTF_8), "glued.txt");
        assertThat(o.report() != null || o.error() != null).isTrue();
        Outcome alone = Contract.check(("三、收到和处理政府信息公开申请情况 本年新收政府信息公开申请数量 " + "7".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8), "glued.txt");
        assertThat(alone.report() != null || alone.error() != null).isTrue();
    }

    // --- encrypted files ------------------------------------------------------------------------------

    @Test
    void encryptedOfficeFilesAskForAnOpenCopy() throws Exception {
        for (String[] f : new String[][] {{"docx", DOCX}, {"xlsx", XLSX}}) {
            POIFSFileSystem fs = new POIFSFileSystem();
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Seeds.of(f[0], f[1]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            assertThat(Contract.check(out.toByteArray(), "locked." + f[0]).error().reason()).as(f[0])
                    .isEqualTo(Reason.ENCRYPTED);
        }
        byte[] xls;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Seeds.of("xls", "seed-jiguan-2020")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            xls = out.toByteArray();
        }
        assertThat(Contract.check(xls, "locked.xls").error().reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void anEncryptedPdfAsksForAnOpenCopy() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Seeds.of("pdf", "seed-002-ruled-gs"))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertThat(Contract.check(out.toByteArray(), "locked.pdf").error().reason()).isEqualTo(Reason.ENCRYPTED);
    }

}
