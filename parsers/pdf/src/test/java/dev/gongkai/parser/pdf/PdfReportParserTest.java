package dev.gongkai.parser.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.testkit.render.page.PageFlow;
import dev.gongkai.parser.pdf.render.PdfCanvas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfReportParserTest {

    private static final String PROSE = "本年度共收到政府信息公开申请二十件，均已按期办结。";

    private static byte[] simple(String userPassword) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas()) {
            PageFlow flow = new PageFlow(canvas, null, false, false);
            flow.paragraph(PROSE, 12, false, true);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                canvas.document().protect(policy);
            }
            return canvas.toBytes();
        }
    }

    private static byte[] scanned(boolean withTextPage) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas()) {
            if (withTextPage) {
                new PageFlow(canvas, null, false, false).paragraph(PROSE, 12, false, true);
            }
            PDDocument doc = canvas.document();
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 50, 400, 400);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!withTextPage) {
                doc.save(out);
                return out.toByteArray();
            }
            return canvas.toBytes();
        }
    }

    @Test
    void isRegisteredAndRecognisesPdfBytes() {
        assertThat(Gongkai.parser("pdf")).isPresent();
        PdfReportParser p = new PdfReportParser();
        assertThat(p.supports(new DocumentProbe(null, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(100);
        assertThat(p.supports(new DocumentProbe("a.pdf", "hello".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(30);
        assertThat(p.supports(new DocumentProbe("a.txt", "hello".getBytes(StandardCharsets.US_ASCII)))).isZero();
    }

    @Test
    void readsProse() throws IOException {
        assertThat(Blocks.paragraphs(Blocks.of(simple(null)))).containsExactly(PROSE);
    }

    @Test
    void opensAnEncryptedFileWithAnEmptyUserPassword() throws IOException {
        assertThat(Blocks.paragraphs(Blocks.of(simple("")))).containsExactly(PROSE);
    }

    @Test
    void refusesAFileEncryptedWithAUserPassword() throws IOException {
        byte[] pdf = simple("user-secret");
        assertThatThrownBy(() -> blocks(pdf, ParseContext.defaults()))
                .isInstanceOf(EncryptedDocumentException.class);
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        byte[] pdf = simple(null);
        for (int cut : new int[] {20, pdf.length / 3, pdf.length / 2}) {
            byte[] part = Arrays.copyOf(pdf, cut);
            assertThatThrownBy(() -> blocks(part, ParseContext.defaults()))
                    .as("cut at %d of %d", cut, pdf.length)
                    .isInstanceOf(CorruptDocumentException.class);
        }
    }

    /** Every font of the first page given a ToUnicode map with these bfrange lines. */
    private static byte[] withCharacterMap(String ranges) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(simple(null))) {
            org.apache.pdfbox.pdmodel.PDResources resources = doc.getPage(0).getResources();
            for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                org.apache.pdfbox.cos.COSDictionary font = (org.apache.pdfbox.cos.COSDictionary)
                        resources.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT)
                                .getDictionaryObject(name);
                org.apache.pdfbox.cos.COSStream map = doc.getDocument().createCOSStream();
                try (java.io.OutputStream out = map.createOutputStream()) {
                    out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                            + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                            + ranges + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                font.setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, map);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A damaged font map would have PDFBox add a mapping per code of a range of billions: refused first. */
    @Test
    void refusesAFontWhoseCharacterMapIsDamaged() throws IOException {
        byte[] pdf = withCharacterMap("2 beginbfrange\n<0003> <0004> <4e00>\n<22><5548672c2><12>\nendbfrange");
        assertThatThrownBy(() -> blocks(pdf, ParseContext.defaults()))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageContaining("page 1").hasMessageContaining("character map");
    }

    /** A real map's widest range, the whole two-byte code space, is read as usual. */
    @Test
    void readsAFontWhoseCharacterMapSpansTheCodeSpace() throws IOException {
        byte[] pdf = withCharacterMap("2 beginbfrange\n<0000> <FFFF> <0000>\n<0003> <00FF> [<4e00> <4e01>]\nendbfrange");
        assertThat(blocks(pdf, ParseContext.defaults())).isNotEmpty();
    }

    @Test
    void refusesWhatIsNotAPdf() {
        byte[] text = "一、总体情况\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> blocks(text, ParseContext.defaults()))
                .isInstanceOf(UnsupportedFormatException.class);
    }

    @Test
    void respectsTheSizeLimit() throws IOException {
        byte[] pdf = simple(null);
        assertThatThrownBy(() -> blocks(pdf, ParseContext.defaults().withMaxBytes(pdf.length - 1)))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_LARGE));
        assertThat(Blocks.paragraphs(blocks(pdf, ParseContext.defaults().withMaxBytes(pdf.length))))
                .containsExactly(PROSE);
    }

    @Test
    void aFileOfScannedPagesHasNoTextLayer() throws IOException {
        byte[] pdf = scanned(false);
        withoutOcr(() -> assertThatThrownBy(() -> blocks(pdf, ParseContext.defaults()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER)));
    }

    @Test
    void aScannedPageAmongTextPagesIsAProblem() throws IOException {
        byte[] pdf = scanned(true);
        withoutOcr(() -> {
            ProblemList problems = ProblemList.tracking(10);
            assertThat(Blocks.paragraphs(Blocks.of(pdf, problems))).containsExactly(PROSE);
            assertThat(problems.list()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("page-no-text");
                assertThat(p.span().page()).isEqualTo(2);
            });
        });
    }

    @Test
    void withAnOcrEngineAScannedPageAmongTextPagesIsRecognised() throws IOException {
        // this module's tests install a test engine (ScriptedRecognizer) that finds nothing unless told
        ProblemList problems = ProblemList.tracking(10);
        assertThat(Blocks.paragraphs(Blocks.of(scanned(true), problems))).containsExactly(PROSE);
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("page-recognised");
            assertThat(p.span().page()).isEqualTo(2);
        });
    }

    private interface IoRun {
        void run() throws IOException;
    }

    /** Runs a check as a reader without an OCR engine installed does ({@code -Dgongkai.ocr=off}). */
    private static void withoutOcr(IoRun r) throws IOException {
        System.setProperty(dev.gongkai.layout.ImageRecognizer.SWITCH, "off");
        try {
            r.run();
        } finally {
            System.clearProperty(dev.gongkai.layout.ImageRecognizer.SWITCH);
        }
    }

    private static java.util.List<dev.gongkai.layout.Block> blocks(byte[] pdf, ParseContext context)
            throws IOException {
        return PdfReportParser.blocks(new ByteArrayInputStream(pdf), context, ProblemList.tracking(10));
    }
}
