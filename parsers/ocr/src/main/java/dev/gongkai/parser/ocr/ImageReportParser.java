package dev.gongkai.parser.ocr;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.ImageRecognizer.ImageOrigin;
import dev.gongkai.layout.RecognisedReports;
import dev.gongkai.layout.RecognitionWork;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.model.Report;
import dev.gongkai.parser.ocr.internal.ImagePages;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads photos and scans of report pages (parser name {@code ocr}): PNG, JPEG and TIFF (every page of a
 * multi-page TIFF), recognised with {@link TesseractRecognizer} page by page in parallel and handed to
 * the shared {@link TemplateInterpreter}. (PDF pages without a text layer are read by the PDF reader
 * through the same recogniser.) Without the engine: {@link OcrEngineMissingException}. Thread-safe.
 *
 * @since 0.2
 */
public final class ImageReportParser implements ReportParser {

    /** The parser name. */
    public static final String NAME = "ocr";

    private static final ImageRecognizer RECOGNIZER = RecognitionWork.bounded(new TesseractRecognizer());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int supports(DocumentProbe probe) {
        if (probe.startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')
                || probe.startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF)
                || probe.startsWith((byte) 'I', (byte) 'I', (byte) 42, (byte) 0)
                || probe.startsWith((byte) 'M', (byte) 'M', (byte) 0, (byte) 42)) {
            return 100;
        }
        return switch (probe.extension()) {
            case "png", "jpg", "jpeg", "tif", "tiff" -> 30;
            default -> 0;
        };
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        List<ImagePages.Page> pages;
        try {
            pages = ImagePages.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException("the image cannot be read" + where(context) + ": " + e.getMessage(), e);
        }
        if (pages.isEmpty()) {
            throw new CorruptDocumentException("the image holds no page" + where(context));
        }
        Tesseract.require();
        List<Block> blocks = ImagePages.recognise(pages.size(), i -> {
            ImagePages.Page p = pages.get(i);
            BufferedImage image = p.image();
            return RECOGNIZER.recognise(image, new ImageOrigin(i + 1, null, p.dpi()), context);
        });
        ParseResult read = TemplateInterpreter.interpret(blocks, context, NAME);
        // every page is recognised: a table the engine did not give is held, not missing, and the year and
        // organ count only where a second place confirms them
        Report report = RecognisedReports.metadata(RecognisedReports.tablesHeld(read.report(), "page-recognised"));
        return new ParseResult(report, read.problems(), read.parser());
    }

    private static String where(ParseContext c) {
        return c.fileName() == null ? "" : " (" + c.fileName() + ")";
    }

    /** Thrown by page tasks; unwrapped by {@link ImagePages#recognise}. */
    static UnreadableDocumentException unreadable(Exception e) {
        return e instanceof UnreadableDocumentException u ? u
                : new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT, e.getMessage(), e);
    }
}
