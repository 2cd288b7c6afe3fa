package dev.gongkai.parser.pdf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.page.PageBlocks;
import dev.gongkai.layout.page.PageLayout;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF document's blocks ({@link PageBlocks} over PDFBox's glyphs and ruling lines), and what it says
 * about pages without a readable text layer. Not API.
 */
public final class PdfExtractor {

    private PdfExtractor() {}

    /**
     * The blocks of a document.
     *
     * @param problems where pages without a readable text layer are reported
     * @throws UnreadableDocumentException with reason {@code NO_TEXT_LAYER} when no page has readable text
     */
    public static List<Block> blocks(PDDocument document, ProblemList problems) throws IOException {
        List<PageLayout> layouts = PageCollector.collect(document);
        boolean anyText = false;
        for (PageLayout page : layouts) {
            check(page, problems);
            anyText |= !page.glyphs().isEmpty();
        }
        if (!anyText) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "no page of the PDF has a readable text layer (" + document.getNumberOfPages()
                            + " pages; scanned?)");
        }
        return PageBlocks.of(layouts);
    }

    private static void check(PageLayout page, ProblemList problems) {
        SourceSpan span = SourceSpan.page(page.page(), null);
        if (page.glyphs().isEmpty() && page.unreadable() > 0) {
            problems.add("page-unreadable", "page " + page.page() + " shows text in fonts without a "
                    + "Unicode mapping; its text cannot be read", span);
        } else if (page.glyphs().isEmpty() && page.images()) {
            problems.add("page-no-text", "page " + page.page() + " has no text layer (a scanned page?)", span);
        } else if (page.unreadable() > page.glyphs().size()) {
            problems.add("page-unreadable", "page " + page.page() + ": " + page.unreadable()
                    + " glyphs without a Unicode mapping were skipped", span);
        }
    }
}
