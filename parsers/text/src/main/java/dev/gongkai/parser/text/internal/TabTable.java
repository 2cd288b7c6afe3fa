package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables written one cell per line, each line starting with a tab, rows separated by blank lines. A
 * short line without a tab right after a cell (or after one blank line) continues that cell's text when
 * the table goes on after it.
 */
final class TabTable {

    private static final int MAX_CONTINUATION = 60;

    private TabTable() {}

    static int read(String[] lines, int start, List<Block> out) {
        List<List<GridCell>> rows = new ArrayList<>();
        List<GridCell> row = new ArrayList<>();
        StringBuilder cell = null;
        SourceSpan cellSpan = null;
        int blanks = 0;
        int i = start;
        for (; i < lines.length; i++) {
            String l = lines[i];
            if (Lines.isTabCell(l)) {
                if (cell != null) {
                    row.add(GridCell.of(cell.toString(), cellSpan));
                    cell = null;
                }
                if (blanks > 0 && !row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                blanks = 0;
                String[] parts = l.substring(1).split("\t", -1);
                for (int k = 0; k < parts.length - 1; k++) {
                    row.add(GridCell.of(parts[k], SourceSpan.text(i + 1, 2)));
                }
                cell = new StringBuilder(parts[parts.length - 1]);
                cellSpan = SourceSpan.text(i + 1, 2);
            } else if (l.isBlank()) {
                blanks++;
            } else if (cell != null && blanks <= 1 && l.strip().length() <= MAX_CONTINUATION
                    && !Lines.isHeading(l) && l.indexOf('。') < 0 && tableGoesOn(lines, i + 1)) {
                cell.append('\n').append(l.strip());
                blanks = 0;
            } else {
                break;
            }
        }
        if (cell != null) {
            row.add(GridCell.of(cell.toString(), cellSpan));
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        out.add(Table.grid(rows, SourceSpan.text(start + 1, 1)));
        return i;
    }

    private static boolean tableGoesOn(String[] lines, int from) {
        for (int j = from; j < lines.length && j < from + 4; j++) {
            if (Lines.isTabCell(lines[j])) {
                return true;
            }
            if (!lines[j].isBlank()) {
                return false;
            }
        }
        return false;
    }
}
