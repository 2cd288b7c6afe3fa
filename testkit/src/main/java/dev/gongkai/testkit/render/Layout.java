package dev.gongkai.testkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as the renderers lay it out: paragraphs and tables whose cells may span rows and
 * columns (like HTML's rowspan/colspan). Both the Word and the spreadsheet renderer write it; the tests
 * expand it into the grid a reader must return.
 *
 * @since 0.1
 */
public final class Layout {

    /** A block of the layout. */
    public sealed interface Item permits Para, Tab {}

    /** A paragraph of text (may hold \n). */
    public record Para(String text) implements Item {}

    /** A cell; {@code number} true when a spreadsheet should store it as a number. */
    public record Cell(String text, int rowspan, int colspan, boolean number) {
        public static Cell text(String t) {
            return new Cell(t, 1, 1, false);
        }

        public static Cell span(String t, int rowspan, int colspan) {
            return new Cell(t, rowspan, colspan, false);
        }
    }

    /** A table: rows of cells, cells covered by a span above or to the left left out, as in HTML. */
    public record Tab(List<List<Cell>> rows) implements Item {
        public Tab {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /**
         * The expanded grid: [row][column] → the covering cell and whether the slot is its origin. The
         * grid is as wide as its widest row; a row with fewer cells (one the others lack, such as a stray
         * value cell) leaves {@code null} slots at its end.
         */
        public Slot[][] grid() {
            int room = 0;
            for (List<Cell> row : rows) {
                int w = 0;
                for (Cell c : row) {
                    w += c.colspan();
                }
                room = Math.max(room, w);
            }
            room *= 2;
            Slot[][] g = new Slot[rows.size()][room];
            int width = 0;
            for (int r = 0; r < rows.size(); r++) {
                int col = 0;
                for (Cell c : rows.get(r)) {
                    while (col < room && g[r][col] != null) {
                        col++;
                    }
                    for (int dr = 0; dr < c.rowspan(); dr++) {
                        for (int dc = 0; dc < c.colspan(); dc++) {
                            g[r + dr][col + dc] = new Slot(c, dr == 0 && dc == 0, dr, dc);
                        }
                    }
                    col += c.colspan();
                    width = Math.max(width, col);
                }
            }
            Slot[][] out = new Slot[rows.size()][];
            for (int r = 0; r < g.length; r++) {
                out[r] = java.util.Arrays.copyOf(g[r], width);
            }
            return out;
        }
    }

    /** One slot of an expanded grid. */
    public record Slot(Cell cell, boolean origin, int down, int right) {}

    private final List<Item> items = new ArrayList<>();

    public Layout add(Item item) {
        items.add(item);
        return this;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }
}
