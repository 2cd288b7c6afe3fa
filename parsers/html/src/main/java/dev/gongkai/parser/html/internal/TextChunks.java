package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.parser.text.internal.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Text inside a page that is laid out as a text file (a {@code <pre>}, or paragraphs that are Markdown
 * table rows) goes through the text reader's layout, so tab-per-line cells, {@code |}-terminated cells
 * and Markdown tables are read by one piece of code whatever the format. Spans keep the text's line
 * and column and gain the element's path.
 */
final class TextChunks {

    private TextChunks() {}

    /** The blocks of a preformatted text found at {@code path}. */
    static List<Block> blocks(String text, String path) {
        List<Block> out = new ArrayList<>();
        for (Block b : TextLayout.blocks(text)) {
            out.add(relocate(b, path));
        }
        return out;
    }

    /** True for a line that is a Markdown table row ({@code | a | b |}). */
    static boolean markdownRow(String line) {
        String s = line.strip();
        return s.length() > 1 && s.charAt(0) == '|' && s.indexOf('|', 1) > 0;
    }

    /**
     * Replaces each run of paragraphs that are all Markdown table rows by the text layout's reading of
     * it; other blocks pass unchanged.
     */
    static List<Block> markdownRuns(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            if (!(blocks.get(i) instanceof Paragraph p) || !markdownRow(p.text())) {
                out.add(blocks.get(i++));
                continue;
            }
            int end = i;
            StringBuilder text = new StringBuilder();
            while (end < blocks.size() && blocks.get(end) instanceof Paragraph q && markdownRow(q.text())) {
                text.append(q.text()).append('\n');
                end++;
            }
            String path = p.span() == null ? null : p.span().path();
            out.addAll(blocks(text.toString(), path));
            i = end;
        }
        return out;
    }

    private static Block relocate(Block b, String path) {
        if (b instanceof Paragraph p) {
            return new Paragraph(p.text(), at(p.span(), path));
        }
        Table t = (Table) b;
        List<List<GridCell>> rows = new ArrayList<>(t.rows().size());
        for (List<GridCell> row : t.rows()) {
            List<GridCell> cells = new ArrayList<>(row.size());
            for (GridCell c : row) {
                cells.add(new GridCell(c.text(), at(c.span(), path), c.merged()));
            }
            rows.add(cells);
        }
        return new Table(rows, t.kind(), at(t.span(), path));
    }

    private static SourceSpan at(SourceSpan span, String path) {
        if (span == null) {
            return path == null ? null : SourceSpan.path(path);
        }
        return new SourceSpan(span.line(), span.column(), span.page(), path);
    }
}
