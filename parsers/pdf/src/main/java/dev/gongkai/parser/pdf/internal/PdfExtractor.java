package dev.gongkai.parser.pdf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Pages;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF document's blocks: paragraphs in reading order and tables rebuilt from ruled grids or column
 * alignment, continued over page breaks, without page furniture. Not API.
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
        List<List<Item>> pages = new ArrayList<>();
        boolean anyText = false;
        Optional<ImageRecognizer> ocr = ImageRecognizer.installed();
        List<Integer> scanned = new ArrayList<>();
        for (PageLayout page : layouts) {
            if (ocr.isPresent() && page.glyphs().isEmpty() && page.images()) {
                scanned.add(page.page()); // recognised from its image below
            } else {
                check(page, problems);
            }
            anyText |= !page.glyphs().isEmpty();
            pages.add(PageReader.read(page));
        }
        if (!scanned.isEmpty()) {
            List<List<Block>> recognised = ScannedPages.recognise(document, scanned, ocr.get());
            for (int p : scanned) {
                problems.add("page-recognised", "page " + p + " has no text layer; its text was recognised from its"
                        + " image (OCR)", SourceSpan.page(p, null));
            }
            if (!anyText) {
                return Pages.joined(recognised);
            }
            return withScans(toBlocks(Stitcher.stitch(AlignedTables.find(Furniture.strip(pages, layouts)))), scanned,
                    recognised);
        }
        if (!anyText) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "no page of the PDF has a readable text layer (" + document.getNumberOfPages()
                            + " pages; scanned? install gongkai-parser-ocr and the OCR engine to read scans)");
        }
        List<Item> items = Stitcher.stitch(AlignedTables.find(Furniture.strip(pages, layouts)));
        return toBlocks(items);
    }

    /** The text pages' blocks with the recognised pages' blocks put in page order. */
    private static List<Block> withScans(List<Block> text, List<Integer> scanned, List<List<Block>> recognised) {
        List<Block> out = new ArrayList<>();
        int next = 0;
        for (Block b : text) {
            SourceSpan span = b instanceof Paragraph p ? p.span() : b instanceof Table t ? t.span() : null;
            while (span != null && next < scanned.size() && scanned.get(next) < span.page()) {
                out.addAll(recognised.get(next++));
            }
            out.add(b);
        }
        while (next < scanned.size()) {
            out.addAll(recognised.get(next++));
        }
        return out;
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

    private static List<Block> toBlocks(List<Item> items) {
        List<TextLine> lines = new ArrayList<>();
        for (Item it : items) {
            if (it instanceof Item.Line l) {
                lines.add(l.line());
            }
        }
        Paragraphs paragraphs = Paragraphs.of(lines);
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        TextLine first = null, prev = null;
        for (Item it : items) {
            if (it instanceof Item.Line l) {
                if (paragraphs.starts(prev, l.line()) && first != null) {
                    out.add(new Paragraph(text.toString(), first.box().span(first.page())));
                    text.setLength(0);
                    first = null;
                }
                if (first == null) {
                    first = l.line();
                }
                Paragraphs.append(text, l.line().text());
                prev = l.line();
            } else if (it instanceof Item.Grid g) {
                if (first != null) {
                    out.add(new Paragraph(text.toString(), first.box().span(first.page())));
                    text.setLength(0);
                    first = null;
                }
                prev = null;
                out.add(table(g.table()));
            }
        }
        if (first != null) {
            out.add(new Paragraph(text.toString(), first.box().span(first.page())));
        }
        return out;
    }

    private static Table table(Item.PageTable t) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<Item.Slot> row : t.rows()) {
            List<GridCell> r = new ArrayList<>();
            for (Item.Slot s : row) {
                r.add(new GridCell(s.text(), s.box().span(s.page()), s.merged()));
            }
            rows.add(r);
        }
        return new Table(rows, t.ruled() ? Table.Kind.GRID : Table.Kind.STREAM, t.box().span(t.page()));
    }
}
