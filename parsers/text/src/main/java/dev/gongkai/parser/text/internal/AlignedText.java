package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Table;
import dev.gongkai.layout.internal.CellText;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Text extracted from a PDF ({@code pdftotext}, with or without {@code -layout}): a table's cells
 * separated by runs of spaces (each row on its line, long labels wrapped onto the lines around the
 * numbers, group labels beside row labels) or one or a few per line. From a line holding a template
 * label up to the next section heading or sentence, every space-separated piece is one cell of a
 * stream, with its line and column; the interpreter maps the stream onto the template by its labels.
 * Page footers and blank lines are skipped.
 */
final class AlignedText {

    private static final int MAX_LINE = 160;

    private AlignedText() {}

    /** True when a table of this shape starts at the line: a short line, no sentence, a template label. */
    static boolean starts(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LINE || ends(s)) {
            return false;
        }
        for (String t : s.split("\\s+")) {
            if (CellText.isLabel(t) || CellText.isLabelStart(t)) {
                return true;
            }
        }
        return false;
    }

    /** A section heading or a sentence: the table is over. */
    private static boolean ends(String s) {
        return s.indexOf('。') >= 0 || s.length() > MAX_LINE || CellText.isHeading(s) && !CellText.isRowLabel(s);
    }

    /** Reads the table from {@code start}; the index of the first line after it. */
    static int read(String[] lines, int start, List<Block> out) {
        List<GridCell> cells = new ArrayList<>();
        int i = start;
        for (; i < lines.length; i++) {
            String l = lines[i];
            String s = l.strip();
            if (s.isEmpty() || Lines.isFooter(l)) {
                continue;
            }
            if (ends(s)) {
                break;
            }
            int k = 0;
            while (k < l.length()) {
                while (k < l.length() && Character.isWhitespace(l.charAt(k))) {
                    k++;
                }
                int from = k;
                while (k < l.length() && !Character.isWhitespace(l.charAt(k))) {
                    k++;
                }
                if (k > from) {
                    cells.add(GridCell.of(l.substring(from, k), SourceSpan.text(i + 1, from + 1)));
                }
            }
        }
        out.add(Table.stream(cells, SourceSpan.text(start + 1, 1)));
        return i;
    }
}
