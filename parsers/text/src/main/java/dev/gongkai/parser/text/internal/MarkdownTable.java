package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown pipe tables: one grid row per line, separator lines skipped; page footers, bare page numbers
 * and blank lines between rows do not end the table and are no cells.
 */
final class MarkdownTable {

    private MarkdownTable() {}

    static int read(String[] lines, int start, List<Block> out) {
        List<List<GridCell>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.length) {
            String l = lines[i];
            if (Lines.isMarkdownRow(l)) {
                if (!separator(l)) {
                    rows.add(cells(l, i));
                }
                i++;
            } else if (between(l) && next(lines, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        out.add(Table.grid(rows, SourceSpan.text(start + 1, 1)));
        return i;
    }

    private static boolean next(String[] lines, int from) {
        for (int j = from; j < lines.length && j < from + 4; j++) {
            if (Lines.isMarkdownRow(lines[j])) {
                return true;
            }
            if (!between(lines[j])) {
                return false;
            }
        }
        return false;
    }

    /** A line that may stand between two rows of one table: blank, a page footer, a bare page number. */
    private static boolean between(String l) {
        return l.isBlank() || Lines.isFooter(l) || pageNumber(l);
    }

    /** One to three digits alone on the line ({@code 5}, {@code １２}): a page number, never a cell. */
    static boolean pageNumber(String l) {
        String s = l.strip();
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < '０' || c > '９')) {
                return false;
            }
        }
        return true;
    }

    private static boolean separator(String l) {
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static List<GridCell> cells(String l, int index) {
        List<GridCell> cells = new ArrayList<>();
        int open = l.indexOf('|');
        int close = l.lastIndexOf('|');
        int from = open + 1;
        for (int k = from; k <= close; k++) {
            if (l.charAt(k) == '|' && (k == 0 || l.charAt(k - 1) != '\\')) {
                String text = l.substring(from, k).replace("\\|", "|").replace("<br>", "\n").strip();
                cells.add(GridCell.of(text, SourceSpan.text(index + 1, from + 1)));
                from = k + 1;
            }
        }
        return cells;
    }
}
