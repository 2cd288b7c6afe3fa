package dev.gongkai.layout.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one page's glyphs and rulings into items: ruled tables with their cells, and the other lines. */
final class PageReader {

    private static final float INSIDE = 1f;
    /** A picture narrower than this share of the page is no table (a seal, a logo). */
    private static final float MIN_WIDTH = 0.3f;
    /** A picture lower than this (points) is no table. */
    private static final float MIN_HEIGHT = 40f;
    /** A picture covering more of the page is a page background or a scan. */
    private static final float MAX_COVER = 0.85f;
    /** A picture with more glyphs over it is a background under text. */
    private static final int MAX_GLYPHS_OVER = 3;

    private PageReader() {}

    static List<Item> read(PageLayout layout) {
        List<RuledGrid> grids = GridFinder.grids(layout.rulings());
        List<Map<Integer, List<Glyph>>> cells = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            cells.add(new HashMap<>());
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : layout.glyphs()) {
            boolean placed = false;
            for (int i = 0; i < grids.size() && !placed; i++) {
                RuledGrid grid = grids.get(i);
                if (grid.box().contains(g.centerX(), g.centerY(), INSIDE)) {
                    int slot = grid.slotAt(clamp(g.centerX(), grid.box().left(), grid.box().right()),
                            clamp(g.centerY(), grid.box().top(), grid.box().bottom()));
                    if (slot >= 0) {
                        int origin = grid.cellOf(slot / grid.columns(), slot % grid.columns());
                        cells.get(i).computeIfAbsent(origin, k -> new ArrayList<>()).add(g);
                        placed = true;
                    }
                }
            }
            if (!placed) {
                outside.add(g);
            }
        }
        List<Item> items = new ArrayList<>();
        for (TextLine l : Lines.of(outside, layout.page())) {
            items.add(new Item.Line(l));
        }
        for (int i = 0; i < grids.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                items.add(new Item.Grid(table(grids.get(i), cells.get(i), layout.page())));
            }
        }
        items.addAll(pictures(layout));
        items.sort(Comparator.comparingDouble(Item::top));
        return items;
    }

    /**
     * The pictures of a page that may stand for a table: wide and tall enough to hold one, not a
     * background under the page's text, with (almost) no text drawn over them.
     */
    private static List<Item> pictures(PageLayout layout) {
        List<Item> out = new ArrayList<>();
        int n = 0;
        for (PageLayout.Picture p : layout.pictures()) {
            Box b = p.box();
            n++;
            if (b.width() < layout.width() * MIN_WIDTH || b.height() < MIN_HEIGHT
                    || b.width() * b.height() > layout.width() * layout.height() * MAX_COVER) {
                continue;
            }
            int over = 0;
            for (Glyph g : layout.glyphs()) {
                if (b.contains(g.centerX(), g.centerY(), 0)) {
                    over++;
                }
            }
            if (over <= MAX_GLYPHS_OVER) {
                int pixels = Math.max(1, p.pixelWidth());
                int dpi = Math.round(pixels / (b.width() / 72f));
                out.add(new Item.Picture(layout.page(), b, p.image(), dpi, "page " + layout.page() + " image " + n));
            }
        }
        return out;
    }

    private static Item.PageTable table(RuledGrid grid, Map<Integer, List<Glyph>> glyphs, int page) {
        Map<Integer, Item.Slot> origins = new HashMap<>();
        List<List<Item.Slot>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<Item.Slot> row = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                int slot = r * grid.columns() + c;
                int origin = grid.cellOf(r, c);
                Item.Slot cell = origins.computeIfAbsent(origin, o -> new Item.Slot(
                        Lines.cellText(glyphs.getOrDefault(o, List.of())), page, grid.cellBox(o), false));
                row.add(origin == slot ? cell : new Item.Slot(cell.text(), page, cell.box(), true));
            }
            rows.add(row);
        }
        Box box = grid.box();
        return new Item.PageTable(page, box, grid.xs(), rows, true, page, box.bottom());
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
