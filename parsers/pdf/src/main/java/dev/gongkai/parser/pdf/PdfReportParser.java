package dev.gongkai.parser.pdf;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reads PDF reports (parser name {@code pdf}). Tables are rebuilt from the ruling lines of each page
 * (merged cells where a line is missing), or from column alignment where a table has no lines; tables
 * continue over page breaks; page headers, footers and numbers are dropped. The blocks go to the
 * shared {@link TemplateInterpreter}. Pages without a text layer are reported as problems; a file
 * without any gives {@link UnreadableDocumentException} with reason {@code NO_TEXT_LAYER}. Thread-safe.
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
        List<Block> blocks;
        DocumentProperties properties;
        try (PDDocument document = PdfLoader.load(in, context)) {
            blocks = PdfExtractor.blocks(document, problems);
            properties = properties(document);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(context, e);
        }
        ParseResult result = TemplateInterpreter.interpret(blocks, context, NAME, properties);
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
