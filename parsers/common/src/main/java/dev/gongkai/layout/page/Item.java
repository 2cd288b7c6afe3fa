package dev.gongkai.layout.page;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/** What a page holds in reading order: lines of text outside tables, tables, and pictures. */
sealed interface Item {

    int page();

    float top();

    /** A line of text outside any table. */
    record Line(TextLine line) implements Item {
        @Override
        public int page() {
            return line.page();
        }

        @Override
        public float top() {
            return line.top();
        }
    }

    /**
     * An image standing where text or a table could be (a table pasted as a picture, or a scanned
     * page handed to the OCR engine).
     *
     * @param page the page, 1-based
     * @param box where it is drawn
     * @param image loads the image
     * @param dpi its resolution on the page
     * @param path what it is, for source positions
     */
    record Picture(int page, Box box, Supplier<BufferedImage> image, int dpi, String path) implements Item {
        @Override
        public float top() {
            return box.top();
        }
    }

    /** A table (ruled or aligned) on one page, or stitched over several. */
    record Grid(PageTable table) implements Item {
        @Override
        public int page() {
            return table.page();
        }

        @Override
        public float top() {
            return table.box().top();
        }
    }

    /**
     * One slot of a table.
     *
     * @param text the cell text, lines joined with {@code \n}
     * @param page the page, 1-based
     * @param box the box of the whole cell
     * @param merged whether this slot is covered by a cell whose origin is another slot
     * @param uncertainty {@code null} when the slot was read cleanly; else a reader problem code (as
     *     {@link dev.gongkai.layout.GridCell#uncertainty()})
     */
    record Slot(String text, int page, Box box, boolean merged, String uncertainty) {

        Slot(String text, int page, Box box, boolean merged) {
            this(text, page, box, merged, null);
        }

        /** This slot with another text, kept where it is. */
        Slot withText(String other) {
            return new Slot(other, page, box, merged, uncertainty);
        }

        /** This slot marked as not read with certainty; the first problem given is kept. */
        Slot uncertain(String problem) {
            return uncertainty != null ? this : new Slot(text, page, box, merged, problem);
        }
    }

    /**
     * A table as rows of slots.
     *
     * @param page the page where it starts
     * @param box its box on that page
     * @param xs the column boundaries on the last page it covers
     * @param rows the rows
     * @param ruled true for a ruled grid, false for cells found by alignment (reading order)
     * @param lastPage the page where it ends
     * @param lastBottom where it ends on that page
     */
    record PageTable(int page, Box box, float[] xs, List<List<Slot>> rows, boolean ruled, int lastPage,
            float lastBottom) {
        public PageTable {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
