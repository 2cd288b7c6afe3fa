package dev.gongkai.parser.odf;

import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.odf.internal.OdfFormat;
import dev.gongkai.parser.odf.internal.OdfReader;
import dev.gongkai.parser.odf.internal.OdfReader.Extraction;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * The reader of OpenDocument text and spreadsheets, registered as parser {@code "odf"}: a zip whose
 * {@code mimetype} is {@code application/vnd.oasis.opendocument.text} or {@code …spreadsheet} (.odt,
 * .ods and their templates), or the flat XML form (.fodt, .fods). Paragraphs become paragraphs; tables
 * become grids whose spanned cells fill every slot they cover (the covered slots marked merged), with
 * source spans {@code table[i]/row[r]/cell[c]}. The result names the format read ({@code odt},
 * {@code ods}, {@code fodt}, {@code fods}). Thread-safe.
 *
 * @since 0.1
 */
public final class OdfParser implements ReportParser {

    /** For {@link java.util.ServiceLoader}. */
    public OdfParser() {}

    @Override
    public String name() {
        return "odf";
    }

    @Override
    public int supports(DocumentProbe probe) {
        return OdfFormat.score(probe);
    }

    /**
     * Reads the document (at most {@link ParseContext#maxBytes()} bytes). The stream is consumed, not
     * closed.
     *
     * @throws dev.gongkai.UnsupportedFormatException when the bytes are no OpenDocument text or spreadsheet
     * @throws dev.gongkai.EncryptedDocumentException when the document is saved with a password
     * @throws dev.gongkai.CorruptDocumentException when it is truncated or damaged, or declares a DTD
     * @throws dev.gongkai.UnreadableDocumentException with reason {@code TOO_LARGE} when it expands beyond
     *     the safety limits (a zip bomb)
     */
    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        Extraction x = OdfReader.read(bytes, context.fileName());
        return TemplateInterpreter.interpret(x.blocks(), context, x.format(), x.properties());
    }
}
