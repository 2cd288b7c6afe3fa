package dev.gongkai.parser.office.render;

import dev.gongkai.testkit.render.Layout;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.testkit.render.Layout.Para;
import dev.gongkai.testkit.render.Layout.Slot;
import dev.gongkai.testkit.render.Layout.Tab;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks a reader must return for a rendered {@link Layout}, written as one line each:
 * {@code P|text} for a paragraph, {@code T|} and the rows ({@code cell¦cell…}, merged slots marked
 * {@code *}) for a table.
 */
public final class Expected {
    private Expected() {}

    /** What a Word reader returns: one paragraph per line, tables as laid out. */
    public static List<String> word(Layout layout) {
        List<String> out = new ArrayList<>();
        for (Layout.Item item : layout.items()) {
            if (item instanceof Para p) {
                for (String line : p.text().split("\n")) {
                    out.add("P|" + line);
                }
            } else if (item instanceof Tab t) {
                out.add(table(t.grid(), 0, t.grid().length, false));
            }
        }
        return out;
    }

    /**
     * What a spreadsheet reader returns: numbers as plain decimals; in a table, leading and trailing
     * rows with one filled cell (captions) as paragraphs, and columns empty in every other row dropped.
     */
    public static List<String> sheet(Layout layout) {
        List<String> out = new ArrayList<>();
        for (Layout.Item item : layout.items()) {
            if (item instanceof Para p) {
                out.add("P|" + p.text());
            } else if (item instanceof Tab t) {
                Slot[][] g = t.grid();
                int first = 0;
                while (first < g.length && filled(g[first]) <= 1) {
                    caption(g[first], out);
                    first++;
                }
                int last = g.length - 1;
                while (last >= first && filled(g[last]) <= 1) {
                    last--;
                }
                if (first <= last) {
                    out.add(table(g, first, last + 1, true));
                }
                for (int r = last + 1; r < g.length; r++) {
                    if (r >= first) {
                        caption(g[r], out);
                    }
                }
            }
        }
        return out;
    }

    /** Actual blocks in the same one-line form. */
    public static List<String> of(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add("P|" + p.text());
            } else if (b instanceof Table t) {
                StringBuilder s = new StringBuilder("T|");
                for (List<GridCell> row : t.rows()) {
                    s.append('\n');
                    for (GridCell c : row) {
                        s.append(c.text()).append(c.merged() ? "*" : "").append('¦');
                    }
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    private static String table(Slot[][] g, int from, int to, boolean sheet) {
        int left = 0;
        int right = g[0].length - 1;
        if (sheet) {
            while (left < right && emptyColumn(g, from, to, left)) {
                left++;
            }
            while (right > left && emptyColumn(g, from, to, right)) {
                right--;
            }
        }
        StringBuilder s = new StringBuilder("T|");
        for (int r = from; r < to; r++) {
            s.append('\n');
            for (int c = left; c <= right; c++) {
                Slot slot = g[r][c];
                s.append(text(slot, sheet)).append(slot.origin() ? "" : "*").append('¦');
            }
        }
        return s.toString();
    }

    private static String text(Slot s, boolean sheet) {
        String t = s.cell().text();
        return sheet && s.cell().number() ? new BigDecimal(t).stripTrailingZeros().toPlainString() : t;
    }

    private static boolean emptyColumn(Slot[][] g, int from, int to, int c) {
        for (int r = from; r < to; r++) {
            if (!g[r][c].cell().text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int filled(Slot[] row) {
        int n = 0;
        for (Slot s : row) {
            if (s.origin() && !s.cell().text().isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static void caption(Slot[] row, List<String> out) {
        for (Slot s : row) {
            if (s.origin() && !s.cell().text().isBlank()) {
                out.add("P|" + s.cell().text());
                return;
            }
        }
    }
}
