package dev.gongkai.parser.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables without ruling lines: a stretch of lines most of which split into two or more runs far apart
 * (whitespace-aligned columns). Such a table keeps its cells in reading order, one row per line, as a
 * hint only; the interpreter reads it by its labels.
 */
final class AlignedTables {

    /** How many tabular lines make a table. */
    private static final int LEAST_LINES = 3;
    /** How many plain lines (wrapped labels) may stand between two tabular lines. */
    private static final int MOST_PLAIN = 2;
    /** The largest vertical gap inside a table, in font sizes. */
    private static final float MOST_GAP = 3f;

    private AlignedTables() {}

    static List<Item> find(List<Item> items) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int end = regionEnd(items, i);
            if (end < 0) {
                out.add(items.get(i));
                i++;
            } else {
                out.add(new Item.Grid(table(items.subList(i, end + 1))));
                i = end + 1;
            }
        }
        return out;
    }

    /** The last index of an aligned table starting at {@code start}, or -1. */
    private static int regionEnd(List<Item> items, int start) {
        if (!tabular(items.get(start))) {
            return -1;
        }
        int last = start, count = 1, plain = 0;
        for (int i = start + 1; i < items.size(); i++) {
            Item it = items.get(i);
            if (!(it instanceof Item.Line l) || !near((Item.Line) items.get(i - 1), l)) {
                break;
            }
            if (tabular(it)) {
                last = i;
                count++;
                plain = 0;
            } else if (++plain > MOST_PLAIN) {
                break;
            }
        }
        return count >= LEAST_LINES ? last : -1;
    }

    private static boolean tabular(Item item) {
        return item instanceof Item.Line l && l.line().runs().size() >= 2;
    }

    private static boolean near(Item.Line a, Item.Line b) {
        return a.page() == b.page()
                && b.line().top() - a.line().box().bottom() < MOST_GAP * a.line().fontSize();
    }

    private static Item.PageTable table(List<Item> lines) {
        List<List<Item.Slot>> rows = new ArrayList<>();
        Box box = null;
        int page = lines.get(0).page();
        for (Item it : lines) {
            TextLine line = ((Item.Line) it).line();
            List<Item.Slot> row = new ArrayList<>();
            for (TextLine run : line.runs()) {
                row.add(new Item.Slot(run.text(), page, run.box(), false));
            }
            rows.add(row);
            box = box == null ? line.box() : box.union(line.box());
        }
        return new Item.PageTable(page, box, new float[] {box.left(), box.right()}, rows, false, page,
                box.bottom());
    }
}
