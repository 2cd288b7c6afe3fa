package dev.gongkai.parser.office.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.internal.SheetCut;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The blocks of a workbook. Each visible sheet is read as a grid with its merged regions expanded
 * (every slot of a region repeats the top-left cell, the others marked merged) and cut into
 * paragraphs and tables as {@link SheetCut} cuts a sheet. Spans are cell references ({@code Sheet1!C5}).
 * Not API.
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
        blocks.addAll(SheetCut.blocks(Arrays.stream(grid).map(Arrays::asList).toList(), (r, c) -> span(name, r, c)));
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
                GridCell[] wider = Arrays.copyOf(grid[r], c1 + 1);
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
