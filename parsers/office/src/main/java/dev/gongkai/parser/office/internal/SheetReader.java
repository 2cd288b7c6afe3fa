package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The blocks of a workbook. Each visible sheet is read as a grid with its merged regions expanded
 * (every slot of a region repeats the top-left cell, the others marked merged). Blank rows split a
 * sheet into runs; in a run, rows before the first and after the last row of two or more cells are
 * paragraphs (titles, headings, prose), the rows between them one table. A sheet with only tables
 * gives only tables. Spans are cell references ({@code Sheet1!C5}). Not API.
 */
final class SheetReader {
    /** Rows read per sheet at most; a report's tables have fewer than a hundred. */
    static final int MAX_ROWS = 5000;
    /** Columns read per row at most. */
    static final int MAX_COLUMNS = 256;

    private final CellText cells = new CellText();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private SheetReader() {}

    static Extraction read(Workbook wb, OfficeFormat format) {
        SheetReader r = new SheetReader();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                r.sheet(wb.getSheetAt(i));
            }
        }
        return new Extraction(format, r.blocks, r.problems);
    }

    private void sheet(Sheet sheet) {
        String name = sheet.getSheetName();
        int last = sheet.getLastRowNum();
        if (last >= MAX_ROWS) {
            problems.add(new Problem("sheet-truncated", "sheet " + name + " has " + (last + 1) + " rows; only the first "
                    + MAX_ROWS + " were read", SourceSpan.path(name)));
            last = MAX_ROWS - 1;
        }
        if (last < 0) {
            return;
        }
        GridCell[][] grid = new GridCell[last + 1][];
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            int width = row == null ? 0 : Math.min(Math.max(0, row.getLastCellNum()), MAX_COLUMNS);
            grid[r] = new GridCell[width];
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                String text = cells.of(cell);
                grid[r][c] = new GridCell(text, span(name, r, c), false);
                checkDisplay(cell, text, name, r, c);
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            merge(grid, m, name);
        }
        runs(grid, name);
    }

    private void merge(GridCell[][] grid, CellRangeAddress m, String name) {
        int r0 = m.getFirstRow();
        int c0 = m.getFirstColumn();
        if (r0 >= grid.length || c0 >= MAX_COLUMNS) {
            return;
        }
        String text = c0 < grid[r0].length ? grid[r0][c0].text() : "";
        int r1 = Math.min(m.getLastRow(), grid.length - 1);
        int c1 = Math.min(m.getLastColumn(), MAX_COLUMNS - 1);
        for (int r = r0; r <= r1; r++) {
            if (grid[r].length <= c1) {
                GridCell[] wider = java.util.Arrays.copyOf(grid[r], c1 + 1);
                for (int c = grid[r].length; c <= c1; c++) {
                    wider[c] = new GridCell("", span(name, r, c), false);
                }
                grid[r] = wider;
            }
            for (int c = c0; c <= c1; c++) {
                if (r != r0 || c != c0) {
                    grid[r][c] = new GridCell(text, span(name, r, c), true);
                }
            }
        }
    }

    private void runs(GridCell[][] grid, String sheet) {
        int r = 0;
        while (r < grid.length) {
            if (blank(grid[r])) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < grid.length && !blank(grid[end + 1])) {
                end++;
            }
            run(grid, r, end, sheet);
            r = end + 1;
        }
    }

    private void run(GridCell[][] grid, int from, int to, String sheet) {
        int first = from;
        while (first <= to && origins(grid[first]) <= 1) {
            paragraphOf(grid[first]);
            first++;
        }
        if (first > to) {
            return;
        }
        int last = to;
        while (origins(grid[last]) <= 1) {
            last--;
        }
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (!grid[r][c].isEmpty()) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                row.add(c < grid[r].length ? grid[r][c] : new GridCell("", span(sheet, r, c), false));
            }
            rows.add(row);
        }
        blocks.add(Table.grid(rows, span(sheet, first, left)));
        for (int r = last + 1; r <= to; r++) {
            paragraphOf(grid[r]);
        }
    }

    private void paragraphOf(GridCell[] row) {
        for (GridCell c : row) {
            if (!c.merged() && !c.isEmpty()) {
                blocks.add(new Paragraph(c.text(), c.span()));
                return;
            }
        }
    }

    private static int origins(GridCell[] row) {
        int n = 0;
        for (GridCell c : row) {
            if (!c.merged() && !c.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    private static boolean blank(GridCell[] row) {
        for (GridCell c : row) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void checkDisplay(Cell cell, String text, String sheet, int r, int c) {
        if (cell == null || text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            return;
        }
        String shown = cells.displayed(cell).replace(",", "");
        try {
            if (new BigDecimal(shown).compareTo(new BigDecimal(text)) != 0) {
                problems.add(new Problem("display-rounded", "cell " + span(sheet, r, c).path() + " shows " + shown
                        + " but holds " + text + "; the value held is read", span(sheet, r, c)));
            }
        } catch (NumberFormatException e) {
            // shown with a unit or as text: nothing to compare
        }
    }

    private static SourceSpan span(String sheet, int r, int c) {
        return SourceSpan.path(new CellReference(sheet, r, c, false, false).formatAsString());
    }
}
