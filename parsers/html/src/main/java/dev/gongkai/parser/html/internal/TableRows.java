package dev.gongkai.parser.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** The rows of a table (not of tables nested in it), by row group, and whether it is a layout table. */
final class TableRows {

    /** Text length beyond which a cell is taken for a page region rather than a table cell. */
    private static final int LAYOUT_CELL_TEXT = 600;

    private TableRows() {}

    /** The {@code <tr>} rows of each row group ({@code thead}, {@code tbody}, {@code tfoot}, or bare rows). */
    static List<List<Element>> groups(Element table) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> bare = null;
        for (Element child = table.firstElementChild(); child != null; child = child.nextElementSibling()) {
            String n = child.normalName();
            if (n.equals("tr")) {
                if (bare == null) {
                    bare = new ArrayList<>();
                    groups.add(bare);
                }
                bare.add(child);
            } else if (n.equals("thead") || n.equals("tbody") || n.equals("tfoot")) {
                bare = null;
                List<Element> group = new ArrayList<>();
                for (Element tr = child.firstElementChild(); tr != null; tr = tr.nextElementSibling()) {
                    if (tr.normalName().equals("tr")) {
                        group.add(tr);
                    }
                }
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * True when the table lays out a page rather than holding data: it has tables inside it, a single
     * cell, or a cell holding a long text.
     */
    static boolean isLayout(Element table, boolean holdsTables) {
        if (holdsTables) {
            return true;
        }
        int cells = 0;
        for (List<Element> group : groups(table)) {
            for (Element tr : group) {
                for (Element td = tr.firstElementChild(); td != null; td = td.nextElementSibling()) {
                    if (td.normalName().equals("td") || td.normalName().equals("th")) {
                        cells++;
                        if (cells <= 2 * Limits.MAX_COLUMNS && mayBeLonger(td, LAYOUT_CELL_TEXT)
                                && td.text().length() > LAYOUT_CELL_TEXT) {
                            return true;
                        }
                    }
                }
            }
        }
        return cells <= 1;
    }

    /**
     * False when the cell's {@link Element#text()} is surely no longer than {@code limit}: that text
     * collapses white space and adds at most one space per element, so the raw text lengths plus two
     * per other node bound it. Saves building the text of every cell of every table.
     */
    private static boolean mayBeLonger(Element td, int limit) {
        int[] bound = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                bound[0] += node instanceof TextNode t ? t.getWholeText().length() : 2;
                return bound[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, td);
        return bound[0] > limit;
    }
}
