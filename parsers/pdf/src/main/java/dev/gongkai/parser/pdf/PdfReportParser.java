package dev.gongkai.parser.pdf;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.NoTemplateException;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.RecognisedReports;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Report;
import dev.gongkai.parser.pdf.internal.OcrCells;
import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.pdf.internal.PdfExtractor;
import dev.gongkai.parser.pdf.internal.PdfLoader;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ProblemList;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reads PDF reports (parser name {@code pdf}). Tables are rebuilt from the ruling lines of each page
 * (merged cells where a line is missing), or from column alignment where a table has no lines; tables
 * continue over page breaks; page headers, footers and numbers are dropped. The blocks go to the
 * shared {@link TemplateInterpreter}. Pages without a text layer are reported as problems; a file
 * without any gives {@link UnreadableDocumentException} with reason {@code NO_TEXT_LAYER}. Pages whose text
 * layer is damaged (fonts mapping characters to wrong ones, problem {@code text-layer-garbled}) are read
 * from their images by the OCR engine when one is installed, else every table cell read from them is
 * uncertain; a table not found there is not missing. Thread-safe.
 *
 * @since 0.1
 */
public final class PdfReportParser implements ReportParser {

    /** The parser name. */
    public static final String NAME = "pdf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int supports(DocumentProbe probe) {
        if (probe.startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F', (byte) '-')) {
            return 100;
        }
        if (probe.headAscii().contains("%PDF-")) {
            return 80;
        }
        return probe.extension().equals("pdf") ? 30 : 0;
    }

    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        ProblemList problems = ProblemList.tracking(context.maxProblems());
        ParseResult result;
        try (PDDocument document = PdfLoader.load(in, context)) {
            PdfExtractor.Extraction extraction = PdfExtractor.extract(document, problems, false);
            DocumentProperties properties = properties(document);
            result = TemplateInterpreter.interpret(extraction.blocks(), context, NAME, properties);
            if (!extraction.ocrPages().isEmpty()) {
                result = scanned(document, extraction, result, context, properties, problems);
            } else if (extraction.allRecognised()) {
                // an image-only PDF: a table the engine did not give is not known to be missing
                result = new ParseResult(OcrCells.unmappedNotMissing(result.report(), "page-recognised"),
                        result.problems(), result.parser());
            }
            if (!extraction.garbledPages().isEmpty()) {
                result = garbled(extraction, result, document.getNumberOfPages());
            }
            if (extraction.allRecognised() || extraction.ocrPages().contains(1)
                    || extraction.garbledPages().contains(1)) {
                // a title page read by OCR: its year and organ count only where a second place confirms them
                result = new ParseResult(RecognisedReports.metadata(result.report()), result.problems(), result.parser());
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(context, e);
        }
        if (problems.isEmpty()) {
            return result;
        }
        List<Problem> all = new ArrayList<>(problems.list());
        all.addAll(result.problems());
        return new ParseResult(result.report(), all, result.parser());
    }

    /**
     * The blocks of a PDF, as handed to the interpreter: paragraphs and tables in reading order. The
     * stream is consumed, not closed.
     *
     * @param problems receives pages without a readable text layer
     */
    public static List<Block> blocks(InputStream in, ParseContext context, ProblemList problems)
            throws IOException {
        try (PDDocument document = PdfLoader.load(in, context)) {
            return PdfExtractor.blocks(document, problems);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(context, e);
        }
    }

    /**
     * A document with scanned pages under an OCR text layer: the layer's cells are uncertain unless
     * the template's sums confirm them; with an OCR engine installed, the page images are recognised
     * too and the two readings reconciled cell by cell.
     */
    private static ParseResult scanned(PDDocument document, PdfExtractor.Extraction layer, ParseResult read,
            ParseContext context, DocumentProperties properties, ProblemList problems) throws IOException {
        Predicate<Cell> fromOcr = OcrCells.onPages(layer.ocrPages(),
                layer.ocrPages().size() == document.getNumberOfPages());
        // pages with a damaged text layer only: their cells' doubt is the damage
        boolean garbled = layer.garbledPages().containsAll(layer.ocrPages());
        String code = garbled ? PdfExtractor.GARBLED_LAYER : PdfExtractor.OCR_LAYER;
        String pages = garbled ? "damaged text layer" : "scanned pages' text layer";
        Report report = null;
        if (ImageRecognizer.installed().isPresent()) {
            ProblemList seen = ProblemList.tracking(context.maxProblems());
            PdfExtractor.Extraction images = PdfExtractor.extract(document, seen, true);
            try {
                Report image = TemplateInterpreter.interpret(images.blocks(), context, NAME, properties).report();
                report = OcrCells.reconcile(read.report(), image, fromOcr, code);
                problems.add("ocr-reconciled", "the " + pages + " was checked against the OCR"
                        + " engine's reading of the page images", null);
            } catch (NoTemplateException e) {
                problems.add("ocr-unreconciled", "the OCR engine found no report in the page images; the text"
                        + " layer alone is read", null);
            }
        }
        if (report == null) {
            report = OcrCells.settle(read.report(), fromOcr, code);
        }
        if (layer.ocrPages().size() == document.getNumberOfPages()) {
            report = OcrCells.unmappedNotMissing(report, code);
        }
        return new ParseResult(report, read.problems(), read.parser());
    }

    /**
     * A document with pages whose text layer is damaged: checked against the OCR engine's reading of their
     * images ({@link #scanned}), or else read from the damaged layer, every cell of those pages uncertain. Either way a table not found may
     * be on such a page, so it is not known to be missing.
     */
    private static ParseResult garbled(PdfExtractor.Extraction extraction, ParseResult read, int pages) {
        Report report = read.report();
        if (!extraction.garbledRecognised()) {
            Predicate<Cell> onGarbled = OcrCells.onPages(extraction.garbledPages(),
                    extraction.garbledPages().size() == pages);
            report = OcrCells.doubt(report, onGarbled, PdfExtractor.GARBLED_LAYER);
        }
        report = OcrCells.unmappedNotMissing(report, PdfExtractor.GARBLED_LAYER);
        return new ParseResult(report, read.problems(), read.parser());
    }

    private static CorruptDocumentException corrupt(ParseContext context, Exception e) {
        return new CorruptDocumentException("the PDF cannot be read" + (context.fileName() == null ? ""
                : " (" + context.fileName() + ")"), e);
    }

    /**
     * The document information's title, which the interpreter uses only where the report's text has
     * none and only when it names a report (it is often the file name or a template's). The creation
     * and modification dates are not taken: they tell when the file was made, not when the report was
     * published.
     */
    private static DocumentProperties properties(PDDocument document) {
        try {
            PDDocumentInformation info = document.getDocumentInformation();
            return info == null ? DocumentProperties.NONE : DocumentProperties.NONE.withTitle(info.getTitle());
        } catch (RuntimeException e) {
            return DocumentProperties.NONE; // a damaged information dictionary costs only the title
        }
    }
}
