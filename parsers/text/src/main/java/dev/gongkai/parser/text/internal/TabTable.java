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
        String cell = null; // the open cell's text, continuation lines appended in 'more' once there are any
        StringBuilder more = null;
        SourceSpan cellSpan = null;
        int blanks = 0;
        int i = start;
        for (; i < lines.length; i++) {
            String l = lines[i];
            if (Lines.isTabCell(l)) {
                if (cell != null) {
                    row.add(GridCell.of(more == null ? cell : more.toString(), cellSpan));
                    more = null;
                }
                if (blanks > 0 && !row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                blanks = 0;
                SourceSpan span = SourceSpan.text(i + 1, 2);
                int from = 1;
                for (int tab = l.indexOf('\t', from); tab >= 0; tab = l.indexOf('\t', from)) {
                    row.add(GridCell.of(l.substring(from, tab), span));
                    from = tab + 1;
                }
                cell = l.substring(from);
                cellSpan = span;
            } else if (l.isBlank()) {
                blanks++;
            } else if (cell != null && blanks <= 1 && l.strip().length() <= MAX_CONTINUATION
                    && !Lines.isHeading(l) && l.indexOf('。') < 0 && tableGoesOn(lines, i + 1)) {
                if (more == null) {
                    more = new StringBuilder(cell);
                }
                more.append('\n').append(l.strip());
                blanks = 0;
            } else {
                break;
            }
        }
        if (cell != null) {
            row.add(GridCell.of(more == null ? cell : more.toString(), cellSpan));
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
