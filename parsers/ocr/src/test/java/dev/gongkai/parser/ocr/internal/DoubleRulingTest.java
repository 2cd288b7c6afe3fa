package dev.gongkai.parser.ocr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A table printed by a browser with separated borders draws each boundary twice, each cell its own
 * line, a few pixels apart. The image ({@code src/test/resources/double}, made by
 * {@code src/test/fixtures/make-fixtures.sh double}): table 二 of a generated 2019 report's saved page
 * printed by Chromium, rasterised at 200 dpi and scanned as the sweep's scans are (rotated 0.6°, noise,
 * JPEG). Its grid has the table's columns and rows, no phantom ones
 * between a boundary's two lines, and a cell's ink is its glyphs, not the other line nor a glyph cut
 * by it. No engine needed.
 */
class DoubleRulingTest {

    private static final int DPI = 200;
    private static final int TOLERANCE = Math.max(3, DPI / 50);
    /** The rows of the table's values (规章, 规范性文件, 行政许可, 其他对外管理服务事项), columns 1–3. */
    private static final int[] VALUE_ROWS = {2, 3, 6, 7};

    private static Grey page() throws Exception {
        try (InputStream in = DoubleRulingTest.class.getResourceAsStream("/double/gen-2019-04-chrome-200-table2.jpg")) {
            Grey g = Grey.of(ImageIO.read(in));
            double angle = Deskew.angle(g, g.threshold()); // as PageReader does
            return Math.abs(angle) >= 0.08 ? g.rotate(-angle) : g;
        }
    }

    @Test
    void aBoundaryDrawnTwiceIsOneBoundary() throws Exception {
        Grey g = page();
        List<Grid> grids = PageReader.grids(g, g.threshold(), DPI);
        assertThat(grids).hasSize(1);
        Grid grid = grids.get(0);
        System.out.println("double rulings: " + Grids.describe(grid));
        for (int[] boundaries : List.of(grid.xs, grid.ys)) {
            for (int i = 1; i < boundaries.length; i++) {
                assertThat(boundaries[i] - boundaries[i - 1]).as("a cell between " + Grids.describe(grid))
                        .isGreaterThan(2 * TOLERANCE);
            }
        }
        assertThat(grid.columns()).isEqualTo(4);
        assertThat(grid.rows()).isEqualTo(8);
    }

    /**
     * The two lines of a boundary found a few pixels apart, the second a pixel further on some rows (a
     * scan's rotation and JPEG): once clustered from the first position, a phantom column 4 px wide
     * (measured on a sweep scan of a Chromium print at 200 dpi: boundaries 441 and 445).
     */
    @Test
    void linesAFewPixelsApartAreOneBoundaryWithTheFacesOfBoth() {
        int t = TOLERANCE;
        List<Line> h = List.of(new Line(true, 100, 100, 900, 2), new Line(true, 300, 100, 900, 2));
        List<Line> v = List.of(new Line(false, 100, 100, 300, 2), new Line(false, 441, 100, 300, 2),
                new Line(false, 446, 100, 200, 2), new Line(false, 447, 200, 300, 2), new Line(false, 900, 100, 300, 2));
        List<Grid> grids = Grids.find(h, v, t);
        assertThat(grids).hasSize(1);
        Grid grid = grids.get(0);
        assertThat(grid.columns()).as(Grids.describe(grid)).isEqualTo(2);
        // the cell right of the pair looks for ink past the second line's face, the one left of it
        // before the first line's face: inset by half the grid's thickness as any cell
        int half = grid.thickness / 2;
        assertThat(grid.innerBox(grid.cellOf(0, 1))[0] + half).isEqualTo(446 + 1);
        assertThat(grid.innerBox(grid.cellOf(0, 0))[2] - half).isEqualTo(441 - 1);
        // lines further apart than twice the tolerance stay two boundaries
        List<Line> apart = List.of(v.get(0), new Line(false, 441, 100, 300, 2),
                new Line(false, 441 + 2 * t + 1, 100, 300, 2), v.get(4));
        assertThat(Grids.find(h, apart, t).get(0).columns()).isEqualTo(3);
    }

    @Test
    void aCellsInkIsItsGlyphsNotTheOtherLine() throws Exception {
        Grey g = page();
        int threshold = g.threshold();
        boolean[] ink = g.ink(threshold);
        Grid grid = PageReader.grids(g, threshold, DPI).get(0);
        int inset = grid.thickness / 2 + Math.max(2, DPI / 100);
        for (int r : VALUE_ROWS) {
            for (int c = 1; c < grid.columns(); c++) {
                int origin = grid.cellOf(r, c);
                int[] box = PageReader.inkBox(g, ink, grid.innerBox(origin), inset, DPI);
                String at = "row " + r + " column " + c;
                if (box == null) {
                    continue; // a blank cell: no line taken for ink
                }
                int w = box[2] - box[0], h = box[3] - box[1];
                assertThat(h).as(at + ": one line of glyphs, no line above or below").isLessThan((int) (DPI * 0.22));
                assertThat(w * 10).as(at + ": a whole glyph, not a sliver cut by a line").isGreaterThanOrEqualTo(h * 4);
            }
        }
        // the blank cell (规章, 对外公开总数量) holds no ink, though two lines run on each of its sides
        assertThat(PageReader.inkBox(g, ink, grid.innerBox(grid.cellOf(2, 3)), inset, DPI))
                .as("ink in " + java.util.Arrays.toString(grid.innerBox(grid.cellOf(2, 3)))).isNull();
    }
}
