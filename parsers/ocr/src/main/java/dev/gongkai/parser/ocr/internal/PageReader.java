package dev.gongkai.parser.ocr.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Recognition;
import dev.gongkai.layout.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads one page image into blocks: the page is deskewed, its ruling lines give the tables' cell
 * grids, the page's text is recognised with the lines erased (prose, and the labels placed into the
 * cells by their boxes), and the cells that hold no Chinese are cut inside their lines and recognised
 * again as digits, all in one engine call per page. Every value slot is marked uncertain
 * ({@link Recognition#UNCHECKED} or {@link Recognition#LOW_CONFIDENCE}) for the template's arithmetic to
 * confirm. Not API.
 */
public final class PageReader {

    /** Below this confidence (0–100) of its digits a cell is {@link Recognition#LOW_CONFIDENCE}. */
    static final double LOW = 70;

    private PageReader() {}

    /** The page's blocks in reading order (top to bottom). */
    public static List<Block> read(java.awt.image.BufferedImage image, int page, String path, int dpi)
            throws IOException {
        Place place = new Place(page, path, dpi <= 0 ? 300 : dpi);
        Grey g = Grey.of(image);
        int threshold = g.threshold();
        double angle = Deskew.angle(g, threshold);
        if (Math.abs(angle) >= 0.08) {
            g = g.rotate(-angle);
        }
        int d = place.dpi();
        boolean[] ink = g.ink(threshold);
        int gap = Math.max(2, d / 100);
        List<Grid> grids = grids(g, threshold, d);

        Grey text = g.copy();
        List<Block> blocks = new ArrayList<>();
        List<CellRead> cells = new ArrayList<>();
        List<List<CellRead>> perGrid = new ArrayList<>();
        for (Grid grid : grids) {
            List<CellRead> gc = new ArrayList<>();
            for (int origin : grid.origins()) {
                int[] box = grid.cellBox(origin);
                CellRead c = new CellRead(origin, box);
                c.inner = grid.innerBox(origin);
                c.inkBox = inkBox(g, ink, c.inner, grid.thickness / 2 + gap, d);
                gc.add(c);
                cells.add(c);
            }
            straddling(g, ink, gc, grid.thickness / 2 + gap);
            perGrid.add(gc);
            text.erase(grid.xs[0] - gap - grid.thickness, grid.ys[0] - gap - grid.thickness,
                    grid.xs[grid.xs.length - 1] + gap + grid.thickness + 1, grid.ys[grid.ys.length - 1] + gap + grid.thickness + 1);
        }
        List<Word> prose = Engine.text(text);
        Digits.read(g, cells, d);

        if (grids.isEmpty() && Borderless.tabular(prose)) {
            return Borderless.blocks(prose, place, g.width, g.height);
        }
        List<Object[]> placed = new ArrayList<>(); // top, block
        for (Paragraph p : TextLines.paragraphs(TextLines.lines(prose), place)) {
            placed.add(new Object[] {top(p.span().path()), p});
        }
        for (int i = 0; i < grids.size(); i++) {
            placed.add(new Object[] {grids.get(i).ys[0], table(grids.get(i), perGrid.get(i), place)});
        }
        placed.sort(Comparator.comparingInt(o -> (Integer) o[0]));
        for (Object[] o : placed) {
            blocks.add((Block) o[1]);
        }
        return blocks;
    }

    /** The ruled tables of a deskewed page image, top to bottom. */
    static List<Grid> grids(Grey g, int threshold, int d) {
        // ruling lines thin and greyed by rotation, binarising or JPEG are found at a lighter threshold
        boolean[] lines = g.ink(Math.min(230, threshold + Integer.getInteger("gongkai.ocr.lineSlack", 25)));
        int gap = Math.max(2, d / 100), tol = Math.max(3, d / 50);
        List<Line> h = Rulings.horizontal(lines, g.width, g.height, (int) (d * 0.3), gap);
        List<Line> v = Rulings.vertical(lines, g.width, g.height, (int) (d * 0.2), gap);
        List<Grid> grids = Grids.find(h, v, tol);
        grids.removeIf(gr -> gr.rows() * gr.columns() < 2);
        return grids;
    }

    private static int top(String box) {
        int i = box.indexOf("y=");
        int j = box.indexOf(' ', i);
        return Integer.parseInt(box.substring(i + 2, j));
    }

    /** The box of the ink inside a cell (inset past its lines), or {@code null} when it holds none. */
    static int[] inkBox(Grey g, boolean[] ink, int[] box, int inset, int dpi) {
        int x0 = Math.max(0, box[0] + inset), y0 = Math.max(0, box[1] + inset);
        int x1 = Math.min(g.width, box[2] - inset), y1 = Math.min(g.height, box[3] - inset);
        int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = -1, b = -1, count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (ink[y * g.width + x]) {
                    l = Math.min(l, x);
                    t = Math.min(t, y);
                    r = Math.max(r, x);
                    b = Math.max(b, y);
                    count++;
                }
            }
        }
        // a few specks of noise are not ink
        return count < Math.max(6, dpi * dpi * 5 / 10000) ? null : new int[] {l, t, r + 1, b + 1};
    }

    /**
     * Marks the cells a glyph straddles: ink at the inner edge of a cell's right line that is not the
     * line itself (a line runs the cell's height), facing ink at the inner edge of the next cell's left
     * line on the same rows. A word written over a column boundary (or a line found where there is
     * none) leaves part of a value in each cell.
     */
    static void straddling(Grey g, boolean[] ink, List<CellRead> cells, int inset) {
        for (CellRead a : cells) {
            for (CellRead b : cells) {
                if (a.inkBox == null || b.inkBox == null || a.box[2] != b.box[0]
                        || a.box[1] >= b.box[3] || b.box[1] >= a.box[3]) {
                    continue;
                }
                int y0 = Math.max(a.inner[1], b.inner[1]) + inset, y1 = Math.min(a.inner[3], b.inner[3]) - inset;
                int[] left = glyphAt(g, ink, Math.min(g.width, a.inner[2] - inset) - 1, y0, y1);
                int[] right = glyphAt(g, ink, Math.max(0, b.inner[0] + inset), y0, y1);
                if (left != null && right != null && left[0] <= right[1] && right[0] <= left[1]) {
                    a.straddles = true;
                    b.straddles = true;
                }
            }
        }
    }

    /** The rows {first, last} of ink in column {@code x} when it is a glyph's, not a line's; else null. */
    private static int[] glyphAt(Grey g, boolean[] ink, int x, int y0, int y1) {
        int n = 0, first = -1, last = -1;
        for (int y = Math.max(0, y0); y < Math.min(g.height, y1); y++) {
            if (ink[y * g.width + x]) {
                n++;
                first = first < 0 ? y : first;
                last = y;
            }
        }
        return n > 1 && n < (y1 - y0) * 0.6 ? new int[] {first, last} : null;
    }

    private static Table table(Grid grid, List<CellRead> cells, Place place) {
        List<List<GridCell>> rows = new ArrayList<>();
        java.util.Map<Integer, GridCell> byOrigin = new java.util.HashMap<>();
        for (CellRead c : cells) {
            byOrigin.put(c.origin, c.slot(place));
        }
        for (int r = 0; r < grid.rows(); r++) {
            List<GridCell> row = new ArrayList<>();
            for (int col = 0; col < grid.columns(); col++) {
                int origin = grid.cellOf(r, col);
                GridCell c = byOrigin.get(origin);
                row.add(origin == r * grid.columns() + col ? c
                        : new GridCell(c.text(), c.span(), true, c.uncertainty()));
            }
            rows.add(row);
        }
        return Table.grid(rows, place.span(grid.xs[0], grid.ys[0], grid.xs[grid.xs.length - 1],
                grid.ys[grid.ys.length - 1]));
    }
}
