package dev.gongkai.parser.ofd;

import dev.gongkai.layout.TemplateInterpreter;
import dev.gongkai.parser.ofd.internal.OfdReader;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ReportParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader of OFD documents (GB/T 33190-2016), registered as parser {@code "ofd"}: a zip holding
 * {@code OFD.xml}, read through ofdrw. Each page's text objects (characters with their positions) and
 * path objects (the table rules) are rebuilt into paragraphs and ruled tables by the same geometry as
 * the PDF reader's ({@link dev.gongkai.layout.page.PageBlocks}), tables continued over page breaks;
 * sources are {@code page=N x=… y=… w=… h=…} in points. A document whose pages hold only images gives
 * {@link dev.gongkai.UnreadableDocumentException} with reason {@code NO_TEXT_LAYER} (a scan: OCR
 * reads it where installed); an image-only page among text pages is reported as {@code page-no-text}.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class OfdParser implements ReportParser {

    /** For {@link java.util.ServiceLoader}. */
    public OfdParser() {}

    @Override
    public String name() {
        return "ofd";
    }

    /** 95 for a zip whose head names {@code OFD.xml}; 80 for a zip named {@code .ofd}; else 0. */
    @Override
    public int supports(DocumentProbe probe) {
        if (!probe.startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
            return 0;
        }
        if (probe.headAscii().contains("OFD.xml")) {
            return 95;
        }
        return probe.extension().equals("ofd") ? 80 : 0;
    }

    /**
     * Reads the document (at most {@link ParseContext#maxBytes()} bytes). The stream is consumed, not
     * closed.
     *
     * @throws dev.gongkai.UnsupportedFormatException when the zip holds no {@code OFD.xml}
     * @throws dev.gongkai.EncryptedDocumentException when the document is encrypted (GM/T 0099)
     * @throws dev.gongkai.CorruptDocumentException when it is truncated or damaged, or declares a DTD
     * @throws dev.gongkai.UnreadableDocumentException with reason {@code NO_TEXT_LAYER} when no page has
     *     text, {@code TOO_LARGE} when it expands beyond the safety limits (a zip bomb)
     */
    @Override
    public ParseResult parse(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        OfdReader.Extraction x = OfdReader.read(bytes, context.fileName());
        ParseResult r = TemplateInterpreter.interpret(x.blocks(), context, name(), x.properties());
        if (x.problems().isEmpty()) {
            return r;
        }
        List<Problem> all = new ArrayList<>(x.problems());
        all.addAll(r.problems());
        return new ParseResult(r.report(), all, r.parser());
    }
}
