package dev.gongkai.parser.pdf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Pages;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

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
        return extract(document, problems, false).blocks();
    }

    /**
     * What a document's pages hold.
     *
     * @param blocks the blocks in reading order
     * @param ocrPages the pages (1-based) whose text is an OCR text layer over a scan
     */
    public record Extraction(List<Block> blocks, Set<Integer> ocrPages) {}

    /**
     * The blocks of a document, and which pages are scans with an OCR text layer.
     *
     * @param scansAsImages true to hand each such page over as an image (rendered at {@link #SCAN_DPI})
     *     for the OCR engine instead of its text layer; the images are rendered when they are
     *     recognised, so the document must stay open until then
     * @throws UnreadableDocumentException with reason {@code NO_TEXT_LAYER} when no page has readable text
     */
    public static Extraction extract(PDDocument document, ProblemList problems, boolean scansAsImages)
            throws IOException {
        List<PageLayout> layouts = PageCollector.collect(document);
        boolean producerSaysOcr = OcrProducers.saysOcr(document);
        List<List<Item>> pages = new ArrayList<>();
        Set<Integer> ocr = new TreeSet<>();
        boolean anyText = false;
        Optional<ImageRecognizer> engine = ImageRecognizer.installed();
        List<Integer> scanned = new ArrayList<>();
        for (PageLayout page : layouts) {
            if (engine.isPresent() && page.glyphs().isEmpty() && page.images()) {
                scanned.add(page.page()); // recognised from its image below
            } else {
                check(page, problems);
            }
            anyText |= !page.glyphs().isEmpty();
            if (page.ocrLayer() || producerSaysOcr && !page.glyphs().isEmpty() && page.pictureCover() >= 0.6f) {
                ocr.add(page.page());
            }
            if (scansAsImages && ocr.contains(page.page())) {
                int index = page.page() - 1;
                pages.add(List.of(new Item.Picture(page.page(), new Box(0, 0, page.width(), page.height()),
                        () -> render(document, index), SCAN_DPI, "page " + page.page())));
            } else {
                pages.add(PageReader.read(page));
            }
        }
        if (!scanned.isEmpty()) {
            List<List<Block>> recognised = ScannedPages.recognise(document, scanned, engine.get());
            for (int p : scanned) {
                problems.add("page-recognised", "page " + p + " has no text layer; its text was recognised from its"
                        + " image (OCR)", SourceSpan.page(p, null));
            }
            if (!anyText) {
                return new Extraction(Pages.joined(recognised), Set.copyOf(ocr));
            }
            return new Extraction(withScans(toBlocks(Stitcher.stitch(AlignedTables.find(
                    Furniture.strip(pages, layouts)))), scanned, recognised), Set.copyOf(ocr));
        }
        if (!anyText) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "no page of the PDF has a readable text layer (" + document.getNumberOfPages()
                            + " pages; scanned? install gongkai-parser-ocr and the OCR engine to read scans)");
        }
        if (!ocr.isEmpty()) {
            problems.add(OCR_LAYER, (ocr.size() == layouts.size() ? "every page" : "pages " + ocr)
                    + " of the PDF " + (ocr.size() == 1 && layouts.size() > 1 ? "is a scan" : "are scans")
                    + " with a text layer recognised by OCR; its table values are uncertain unless the"
                    + " template's sums confirm them", SourceSpan.page(ocr.iterator().next(), null));
        }
        List<Item> items = Stitcher.stitch(AlignedTables.find(Furniture.strip(pages, layouts)));
        return new Extraction(toBlocks(items), Set.copyOf(ocr));
    }

    /** Problem code (and cell uncertainty) of text read from an OCR text layer over a scanned page. */
    public static final String OCR_LAYER = "ocr-text-layer";

    /** The resolution at which a scanned page is rendered for the OCR engine. */
    public static final int SCAN_DPI = 300;

    private static BufferedImage render(PDDocument document, int index) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(index, SCAN_DPI, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
            } else if (it instanceof Item.Picture p) {
                if (first != null) {
                    out.add(new Paragraph(text.toString(), first.box().span(first.page())));
                    text.setLength(0);
                    first = null;
                }
                prev = null;
                out.add(new ImageBlock(p.image(), new ImageRecognizer.ImageOrigin(p.page(), p.path(), p.dpi()),
                        p.box().span(p.page())));
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
