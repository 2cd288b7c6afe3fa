package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table that ends one page with the table that starts the next into one table, when nothing
 * but page furniture stands between them and their edges line up; header rows repeated at the top of
 * the continuation are dropped, and a row the break cut in two is joined again ({@link SplitRow}).
 * Columns are brought onto the union of both parts' boundaries, so a
 * part with fewer column lines gets merged slots instead of shifted cells.
 */
final class Stitcher {

    private static final float EDGE = 6f;
    private static final float SNAP = 2f;

    private Stitcher() {}

    static List<Item> stitch(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Item.Grid next && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof Item.Grid prev
                    && continues(prev.table(), next.table())) {
                out.set(out.size() - 1, new Item.Grid(join(prev.table(), next.table())));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean continues(Item.PageTable a, Item.PageTable b) {
        if (b.page() != a.lastPage() + 1 || a.ruled() != b.ruled()) {
            return false;
        }
        if (!a.ruled()) {
            return true;
        }
        float[] ax = a.xs(), bx = b.xs();
        return Math.abs(ax[0] - bx[0]) <= EDGE && Math.abs(ax[ax.length - 1] - bx[bx.length - 1]) <= EDGE;
    }

    private static Item.PageTable join(Item.PageTable a, Item.PageTable b) {
        List<List<Item.Slot>> top = a.rows(), bottom = b.rows();
        float[] xs = a.xs();
        if (a.ruled()) {
            float[] all = new float[a.xs().length + b.xs().length];
            System.arraycopy(a.xs(), 0, all, 0, a.xs().length);
            System.arraycopy(b.xs(), 0, all, a.xs().length, b.xs().length);
            xs = Positions.cluster(all, SNAP);
            top = regrid(top, a.xs(), xs);
            bottom = regrid(bottom, b.xs(), xs);
        }
        int skip = 0;
        while (skip < bottom.size() && skip < top.size() && texts(bottom.get(skip)).equals(texts(top.get(skip)))) {
            skip++;
        }
        List<List<Item.Slot>> rows = new ArrayList<>(top);
        List<List<Item.Slot>> rest = bottom.subList(skip, bottom.size());
        SplitRow.Joined split = rows.isEmpty() || rest.isEmpty() ? null
                : SplitRow.join(rows.get(rows.size() - 1), rest.get(0), a.ruled());
        if (split != null) {
            rows.set(rows.size() - 1, split.row());
            rest = split.joined() ? rest.subList(1, rest.size()) : rest;
        }
        rows.addAll(rest);
        return new Item.PageTable(a.page(), a.box(), b.xs(), rows, a.ruled(), b.lastPage(), b.lastBottom());
    }

    /** The rows of a table with boundaries {@code from}, laid onto the finer boundaries {@code to}. */
    static List<List<Item.Slot>> regrid(List<List<Item.Slot>> rows, float[] from, float[] to) {
        if (from.length == to.length) {
            return rows;
        }
        List<List<Item.Slot>> out = new ArrayList<>();
        for (List<Item.Slot> row : rows) {
            List<Item.Slot> r = new ArrayList<>();
            int previous = -1;
            for (int j = 0; j + 1 < to.length; j++) {
                int old = Positions.slot(from, (to[j] + to[j + 1]) / 2);
                Item.Slot s = row.get(Math.max(0, Math.min(old, row.size() - 1)));
                r.add(old == previous && old >= 0 ? new Item.Slot(s.text(), s.page(), s.box(), true, s.uncertainty()) : s);
                previous = old;
            }
            out.add(r);
        }
        return out;
    }

    private static List<String> texts(List<Item.Slot> row) {
        List<String> t = new ArrayList<>();
        for (Item.Slot s : row) {
            t.add(s.text());
        }
        return t;
    }
}
