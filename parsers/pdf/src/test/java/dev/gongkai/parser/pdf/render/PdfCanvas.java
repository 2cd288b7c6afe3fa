package dev.gongkai.parser.pdf.render;

import dev.gongkai.testkit.render.page.PageCanvas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws text and lines on A4 pages with PDFBox, in page coordinates (origin top left), with the test
 * CJK font (a subset of an OFL font, embedded as a subset).
 */
public final class PdfCanvas implements PageCanvas, AutoCloseable {

    private static TrueTypeFont shared;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream stream;
    private int pages;

    public PdfCanvas() {
        try {
            font = PDType0Font.load(document, trueType(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized TrueTypeFont trueType() throws IOException {
        if (shared == null) {
            try (InputStream in = PdfCanvas.class.getResourceAsStream("/fonts/GongkaiTestKai-Regular.ttf")) {
                shared = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            }
        }
        return shared;
    }

    @Override
    public int pages() {
        return pages;
    }

    public PDDocument document() {
        return document;
    }

    @Override
    public void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.setLineWidth(0.75f);
            pages++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows text with its baseline at {@code baseline}. */
    @Override
    public void text(float x, float baseline, float size, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, HEIGHT - baseline);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strokes a line. */
    @Override
    public void line(float x1, float y1, float x2, float y2) {
        try {
            stream.moveTo(x1, HEIGHT - y1);
            stream.lineTo(x2, HEIGHT - y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills a rectangle (a rule drawn as a thin filled box, as some word processors do). */
    @Override
    public void fill(float x, float y, float w, float h) {
        try {
            stream.addRect(x, HEIGHT - y - h, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strokes a rectangle given by its top-left corner. */
    @Override
    public void rectangle(float x, float y, float w, float h) {
        try {
            stream.addRect(x, HEIGHT - y - h, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        try {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        document.close();
    }
}
