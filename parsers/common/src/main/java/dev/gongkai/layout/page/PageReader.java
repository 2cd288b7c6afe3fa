package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns one page's glyphs and rulings into items: ruled tables with their cells, and the other lines. */
final class PageReader {

    private static final float INSIDE = 1f;

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
        items.sort(Comparator.comparingDouble(Item::top));
        return items;
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
