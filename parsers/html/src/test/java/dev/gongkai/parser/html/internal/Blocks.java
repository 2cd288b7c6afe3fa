package dev.gongkai.parser.html.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.layout.Table;
import dev.gongkai.spi.ProblemList;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jsoup.nodes.Element;

/** Test helpers: read blocks from markup, and show them compactly. */
final class Blocks {

    private Blocks() {}

    /** Every block of the page's body, before the report's container is chosen. */
    static List<Block> of(String html) {
        try {
            Element body = HtmlBlocks.parse(html).body();
            return BlockWalker.walk(body, ProblemList.tracking(100)).stream().map(Item::block).toList();
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    /** The report's blocks on the page. */
    static List<Block> report(String html) {
        try {
            return HtmlBlocks.read(html, ProblemList.tracking(100));
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e);
        }
    }

    static List<Paragraph> paragraphs(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(p);
            }
        }
        return out;
    }

    static List<String> texts(List<Block> blocks) {
        return paragraphs(blocks).stream().map(Paragraph::text).toList();
    }

    static List<Table> tables(List<Block> blocks) {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) {
                out.add(t);
            }
        }
        return out;
    }

    /** A table's rows as text: cells separated by {@code |}, merged slots prefixed with {@code ^}. */
    static List<String> rows(Table table) {
        List<String> out = new ArrayList<>();
        for (List<GridCell> row : table.rows()) {
            StringJoiner b = new StringJoiner("|");
            for (GridCell c : row) {
                b.add((c.merged() ? "^" : "") + c.text().replace("\n", "/"));
            }
            out.add(b.toString());
        }
        return out;
    }
}
