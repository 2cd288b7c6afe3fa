package dev.gongkai.parser.text.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Text to blocks, line by line: tab-prefixed cells with blank-line rows become grid tables; lines ending
 * in {@code |} become a cell stream; Markdown pipe tables become grid tables; a crawler dump's one long
 * space-separated line becomes paragraphs and cell streams ({@link FlatLine}), one with nothing between
 * cells paragraphs and glued tables ({@link GluedLine}); page footers are dropped;
 * every other line is a paragraph. Linear in the length of the text.
 */
public final class TextLayout {

    private final String[] lines;
    private final List<Block> blocks = new ArrayList<>();

    private TextLayout(String text) {
        this.lines = Lines.split(text);
    }

    /** The blocks of a text. */
    public static List<Block> blocks(String text) {
        TextLayout l = new TextLayout(text);
        l.run();
        return l.blocks;
    }

    private void run() {
        int i = 0;
        while (i < lines.length) {
            String l = lines[i];
            if (Lines.isTabCell(l)) {
                i = TabTable.read(lines, i, blocks);
            } else if (Lines.isMarkdownRow(l)) {
                i = MarkdownTable.read(lines, i, blocks);
            } else if (Lines.isPipeCell(l)) {
                i = pipeStream(i);
            } else if (FlatLine.read(l, i + 1, blocks) || GluedLine.read(l, i + 1, blocks)) {
                i++;
            } else if (AlignedText.starts(l)) {
                i = AlignedText.read(lines, i, blocks);
            } else {
                if (!l.isBlank() && !Lines.isFooter(l)) {
                    blocks.add(new Paragraph(Lines.stripMarkup(l.strip()), SourceSpan.text(i + 1, Lines.indent(l) + 1)));
                }
                i++;
            }
        }
    }

    /** Lines ending in {@code |} (trailing {@code ||} for merged cells): one stream of cells. */
    private int pipeStream(int start) {
        List<GridCell> cells = new ArrayList<>();
        int i = start;
        while (i < lines.length && (Lines.isPipeCell(lines[i]) || Lines.isLonePipe(lines[i])
                || (lines[i].isBlank() && i + 1 < lines.length && Lines.isPipeCell(lines[i + 1])))) {
            String l = lines[i];
            if (Lines.isLonePipe(l)) {
                cells.add(GridCell.of("", SourceSpan.text(i + 1, 1)));
                i++;
                continue;
            }
            int end = l.length();
            while (end > 0 && (l.charAt(end - 1) == '|' || Character.isWhitespace(l.charAt(end - 1)))) {
                end--;
            }
            int from = 0;
            for (int k = 0; k <= end; k++) {
                if (k == end || l.charAt(k) == '|') {
                    String cell = l.substring(from, k).strip();
                    if (!cell.isEmpty() || k < end) {
                        cells.add(GridCell.of(cell, SourceSpan.text(i + 1, from + 1)));
                    }
                    from = k + 1;
                }
            }
            i++;
        }
        blocks.add(Table.stream(cells, SourceSpan.text(start + 1, 1)));
        return i;
    }
}
