package dev.gongkai.parser.pdf.internal;

import dev.gongkai.CorruptDocumentException;
import dev.gongkai.EncryptedDocumentException;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.UnsupportedFormatException;
import dev.gongkai.spi.DocumentInput;
import dev.gongkai.spi.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF within the context's size limit: an empty user password is tried, broken cross-reference
 * tables are repaired leniently by PDFBox, and failures become typed errors. Not API.
 */
public final class PdfLoader {

    /** Streams decoded beyond this many bytes go to a temporary file instead of memory. */
    private static final long MEMORY = 32L << 20;

    /**
     * The most pages a PDF may have (a report has some 5 to 50; a volume of a whole region's reports some
     * hundreds): a larger one is refused as too large rather than read for minutes.
     */
    public static final int MAX_PAGES = 2000;

    private PdfLoader() {}

    /** Reads and opens a document; the caller closes it. The stream is consumed, not closed. */
    public static PDDocument load(InputStream in, ParseContext context) throws IOException {
        byte[] bytes = DocumentInput.readAll(in, context);
        if (!new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new UnsupportedFormatException("not a PDF: no %PDF- header" + where(context));
        }
        if (!hasEnd(bytes)) {
            throw new CorruptDocumentException("the PDF is truncated: it has no %%EOF marker" + where(context));
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                    MemoryUsageSetting.setupMixed(MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException("the PDF is encrypted with a password" + where(context), e);
        } catch (IOException | RuntimeException e) {
            throw new CorruptDocumentException("the PDF is truncated or corrupt" + where(context), e);
        }
        if (document.getNumberOfPages() > MAX_PAGES) {
            int pages = document.getNumberOfPages();
            document.close();
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE, "the PDF has " + pages
                    + " pages, more than the " + MAX_PAGES + " a report could have" + where(context));
        }
        if (document.getNumberOfPages() == 0) {
            document.close();
            throw new CorruptDocumentException("the PDF has no readable pages" + where(context));
        }
        int damaged;
        try {
            damaged = CharacterMaps.damagedOn(document);
        } catch (RuntimeException e) {
            damaged = 0; // what cannot be walked here is met again, and handled, by the text reader
        }
        if (damaged > 0) {
            document.close();
            throw new CorruptDocumentException("the PDF is corrupt: a font on page " + damaged + " has a damaged"
                    + " character map, so its text cannot be read reliably" + where(context));
        }
        return document;
    }

    /** True when the bytes hold an end-of-file marker (searched from the end). */
    private static boolean hasEnd(byte[] b) {
        for (int i = b.length - 5; i >= 0; i--) {
            if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
                return true;
            }
        }
        return false;
    }

    private static String where(ParseContext c) {
        return c.fileName() == null ? "" : " (" + c.fileName() + ")";
    }
}
