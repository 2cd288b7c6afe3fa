package dev.gongkai.layout.page;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.ImageBlock;
import dev.gongkai.layout.ImageRecognizer;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The blocks of a fixed-layout document (PDF, OFD) from its pages' glyphs and ruling lines: paragraphs
 * in reading order and tables rebuilt from ruled grids (a cell per closed box of lines, spans where
 * lines stop) or from column alignment, continued over page breaks, without page furniture (running
 * headers, page numbers). Positions become {@code page=N x=… y=… w=… h=…} source spans.
 *
 * @since 0.1
 */
public final class PageBlocks {

    private PageBlocks() {}

    /**
     * A page handed over whole as an image (a scan) instead of its text.
     *
     * @param image renders the page when it is recognised ({@code null} from it when it cannot be)
     * @param dpi the resolution it renders at
     */
    public record PageImage(Supplier<BufferedImage> image, int dpi) {}

    /** The blocks of a document whose pages are given in order. */
    public static List<Block> of(List<PageLayout> layouts) {
        return of(layouts, Map.of());
    }

    /**
     * The blocks of a document whose pages are given in order, the pages named in {@code asImages} given
     * as one {@link ImageBlock} each (for the OCR engine) instead of their text.
     *
     * @since 0.2
     */
    public static List<Block> of(List<PageLayout> layouts, Map<Integer, PageImage> asImages) {
        List<List<Item>> pages = new ArrayList<>();
        for (PageLayout page : layouts) {
            PageImage whole = asImages.get(page.page());
            pages.add(whole == null ? PageReader.read(page) : List.of(new Item.Picture(page.page(),
                    new Box(0, 0, page.width(), page.height()), whole.image(), whole.dpi(), "page " + page.page())));
        }
        List<Item> items = Stitcher.stitch(AlignedTables.find(Furniture.strip(pages, layouts)));
        return toBlocks(items);
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
                r.add(new GridCell(s.text(), s.box().span(s.page()), s.merged(), s.uncertainty()));
            }
            rows.add(r);
        }
        return new Table(rows, t.ruled() ? Table.Kind.GRID : Table.Kind.STREAM, t.box().span(t.page()));
    }
}
