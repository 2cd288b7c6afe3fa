package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML {@code <table>} into a {@link Table.Kind#GRID} table: every {@code rowspan}/{@code
 * colspan} is expanded so a merged cell occupies each slot it covers (the origin as written, the other
 * slots repeating its text marked {@link GridCell#merged()}). Spans are clamped as the HTML standard
 * does ({@code colspan} to 1000, {@code rowspan} to the end of its row group, {@code rowspan=0} to the
 * end), and the grid to {@link Limits}; what is cut off is reported. Each cell's span is its element
 * path, {@code table[2]/tr[5]/td[3]}.
 */
final class GridBuilder {

    private GridBuilder() {}

    static Table build(Element table, String tablePath, ProblemList problems) {
        List<List<Element>> groups = TableRows.groups(table);
        List<GridCell[]> grid = new ArrayList<>();
        int rowIndex = 0;
        int slots = 0;
        boolean truncated = false;
        for (List<Element> group : groups) {
            int groupStart = rowIndex;
            int groupEnd = groupStart + group.size();
            for (Element tr : group) {
                rowIndex++;
                int r = rowIndex - 1;
                if (r >= Limits.MAX_ROWS) {
                    truncated = true;
                    break;
                }
                ensureRows(grid, r + 1);
                String rowPath = tablePath + "/tr[" + rowIndex + "]";
                int cellIndex = 0;
                int x = 0;
                for (Element td = tr.firstElementChild(); td != null; td = td.nextElementSibling()) {
                    String tag = td.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    cellIndex++;
                    while (x < Limits.MAX_COLUMNS && grid.get(r)[x] != null) {
                        x++;
                    }
                    int colspan = Math.max(1, Math.min(number(td.attr("colspan"), 1), Limits.MAX_COLSPAN));
                    int rowspan = number(td.attr("rowspan"), 1);
                    int lastRow = rowspan <= 0 ? groupEnd : Math.min(groupEnd, r + rowspan);
                    lastRow = Math.min(lastRow, Limits.MAX_ROWS);
                    int lastColumn = x + colspan;
                    if (lastColumn > Limits.MAX_COLUMNS) {
                        lastColumn = Limits.MAX_COLUMNS;
                        truncated = true;
                    }
                    if (x >= lastColumn) {
                        continue;
                    }
                    int need = (lastRow - r) * (lastColumn - x);
                    if (slots + need > Limits.MAX_SLOTS) {
                        truncated = true;
                        continue;
                    }
                    slots += need;
                    ensureRows(grid, lastRow);
                    String text = CellText.of(td);
                    SourceSpan span = SourceSpan.path(rowPath + "/" + tag + "[" + cellIndex + "]");
                    for (int rr = r; rr < lastRow; rr++) {
                        for (int xx = x; xx < lastColumn; xx++) {
                            grid.get(rr)[xx] = new GridCell(text, span, rr != r || xx != x);
                        }
                    }
                    x = lastColumn;
                }
            }
        }
        if (truncated) {
            problems.add("table-truncated", "the table exceeds " + Limits.MAX_ROWS + " rows, "
                    + Limits.MAX_COLUMNS + " columns or " + Limits.MAX_SLOTS + " cells; the rest was not read",
                    SourceSpan.path(tablePath));
        }
        return Table.grid(rows(grid), SourceSpan.path(tablePath));
    }

    private static void ensureRows(List<GridCell[]> grid, int count) {
        while (grid.size() < count) {
            grid.add(new GridCell[Limits.MAX_COLUMNS]);
        }
    }

    /** The rows as lists, each up to its last filled slot; holes before it become empty cells. */
    private static List<List<GridCell>> rows(List<GridCell[]> grid) {
        List<List<GridCell>> rows = new ArrayList<>(grid.size());
        for (GridCell[] slots : grid) {
            int end = slots.length;
            while (end > 0 && slots[end - 1] == null) {
                end--;
            }
            List<GridCell> row = new ArrayList<>(end);
            for (int i = 0; i < end; i++) {
                row.add(slots[i] == null ? new GridCell("", null, false) : slots[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** A non-negative span attribute, or the default when absent or unreadable. */
    static int number(String value, int otherwise) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && end < 9 && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? otherwise : Integer.parseInt(v.substring(0, end));
    }
}
