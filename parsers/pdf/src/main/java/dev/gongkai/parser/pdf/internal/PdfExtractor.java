package dev.gongkai.parser.pdf.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Pages;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.page.PageBlocks;
import dev.gongkai.layout.page.PageLayout;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF document's blocks ({@link PageBlocks} over PDFBox's glyphs and ruling lines), and what it says
 * about pages without a readable text layer or with a text layer recognised by OCR. Not API.
 */
public final class PdfExtractor {

    private PdfExtractor() {}

    /** Problem code (and cell uncertainty) of text read from an OCR text layer over a scanned page. */
    public static final String OCR_LAYER = "ocr-text-layer";

    /** Problem code (and cell uncertainty) of text read from a damaged text layer ({@link TextLayers}). */
    public static final String GARBLED_LAYER = "text-layer-garbled";

    /** The resolution at which a scanned page is rendered for the OCR engine. */
    public static final int SCAN_DPI = 300;

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
     * @param garbledPages the pages (1-based) whose text layer is damaged; with an OCR engine installed
     *     they are among {@code ocrPages} (their layer is checked against the engine's reading of their
     *     images), else their text layer is read as it is
     * @param garbledRecognised true when an OCR engine reads the garbled pages' images
     */
    public record Extraction(List<Block> blocks, Set<Integer> ocrPages, boolean allRecognised,
            Set<Integer> garbledPages, boolean garbledRecognised) {
        /** A document without garbled pages. */
        public Extraction(List<Block> blocks, Set<Integer> ocrPages, boolean allRecognised) {
            this(blocks, ocrPages, allRecognised, Set.of(), false);
        }

        /** Blocks of a document not every page of which was recognised from its image. */
        public Extraction(List<Block> blocks, Set<Integer> ocrPages) {
            this(blocks, ocrPages, false);
        }
    }

    /**
     * The blocks of a document, and which pages are scans with an OCR text layer. Pages with images and
     * no text at all are recognised by the installed OCR engine, when there is one.
     *
     * @param scansAsImages true to hand each page with an OCR text layer over as an image (rendered at
     *     {@link #SCAN_DPI}) for the OCR engine instead of its text layer; the images are rendered when
     *     they are recognised, so the document must stay open until then
     * @throws UnreadableDocumentException with reason {@code NO_TEXT_LAYER} when no page has readable text
     *     and no OCR engine is installed
     */
    public static Extraction extract(PDDocument document, ProblemList problems, boolean scansAsImages)
            throws IOException {
        List<PageLayout> layouts = PageCollector.collect(document);
        boolean producerSaysOcr = OcrProducers.saysOcr(document);
        Set<Integer> ocr = new TreeSet<>();
        Map<Integer, PageBlocks.PageImage> asImages = new HashMap<>();
        boolean anyText = false;
        Optional<ImageRecognizer> engine = ImageRecognizer.installed();
        Set<Integer> garbled = Set.copyOf(TextLayers.garbled(layouts));
        if (!garbled.isEmpty()) {
            garbled(layouts.size(), garbled, engine.isPresent(), problems);
        }
        List<Integer> scanned = new ArrayList<>();
        for (PageLayout page : layouts) {
            if (engine.isPresent() && page.glyphs().isEmpty() && page.images()) {
                scanned.add(page.page()); // recognised from its image below
            } else {
                check(page, problems);
            }
            anyText |= !page.glyphs().isEmpty();
            if (page.ocrLayer() || producerSaysOcr && !page.glyphs().isEmpty() && page.pictureCover() >= 0.6f
                    || engine.isPresent() && garbled.contains(page.page())) {
                // a garbled layer is one reading of the page, checked against the engine's as a scan's is
                ocr.add(page.page());
            }
            if (scansAsImages && ocr.contains(page.page())) {
                int index = page.page() - 1;
                asImages.put(page.page(), new PageBlocks.PageImage(() -> render(document, index), SCAN_DPI));
            }
        }
        if (!scanned.isEmpty()) {
            List<List<Block>> recognised = ScannedPages.recognise(document, scanned, engine.get());
            for (int p : scanned) {
                problems.add("page-recognised", "page " + p + " has no text layer; its text was recognised from its"
                        + " image (OCR)", SourceSpan.page(p, null));
            }
            if (!anyText) {
                return new Extraction(Pages.joined(recognised), Set.copyOf(ocr), true);
            }
            Set<Integer> layers = new TreeSet<>(ocr);
            layers.removeAll(garbled);
            return new Extraction(withScans(SpacedLayers.unspaced(PageBlocks.of(layouts, asImages), layers), scanned,
                    recognised), Set.copyOf(ocr), false, garbled, engine.isPresent());
        }
        if (!anyText) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NO_TEXT_LAYER,
                    "no page of the PDF has a readable text layer (" + document.getNumberOfPages()
                            + " pages; scanned? install gongkai-parser-ocr and the OCR engine to read scans)");
        }
        Set<Integer> scans = new TreeSet<>(ocr);
        scans.removeAll(garbled);
        if (!scans.isEmpty()) {
            problems.add(OCR_LAYER, (scans.size() == layouts.size() ? "every page" : "pages " + scans)
                    + " of the PDF " + (scans.size() == 1 && layouts.size() > 1 ? "is a scan" : "are scans")
                    + " with a text layer recognised by OCR; its table values are uncertain unless the"
                    + " template's sums confirm them", SourceSpan.page(scans.iterator().next(), null));
        }
        // a scan's OCR layer spaces its Chinese out: its prose is read as unspaced text is
        List<Block> blocks = SpacedLayers.unspaced(PageBlocks.of(layouts, asImages), scans);
        return new Extraction(blocks, Set.copyOf(ocr), false, garbled, engine.isPresent());
    }

    /** Says which pages are garbled and what follows. */
    private static void garbled(int pages, Set<Integer> garbled, boolean engine, ProblemList problems) {
        String which = garbled.size() == pages ? "every page" : "pages " + new TreeSet<>(garbled);
        String damage = " of the PDF " + (garbled.size() == 1 && pages > 1 ? "has" : "have")
                + " a damaged text layer (its fonts map characters to wrong ones, e.g. digits to accented"
                + " Latin letters; a PDF re-distilled with Type 3 fonts?)";
        SourceSpan first = SourceSpan.page(garbled.stream().min(Integer::compare).orElseThrow(), null);
        problems.add(GARBLED_LAYER, which + damage + (engine
                ? "; their table values are read from the page images by the OCR engine and are uncertain unless"
                        + " the text layer or the template's sums confirm them"
                : "; the tables on them are uncertain (install gongkai-parser-ocr and the OCR engine to read the"
                        + " page images)"), first);
    }

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
}
