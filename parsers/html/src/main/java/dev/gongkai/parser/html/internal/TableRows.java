package dev.gongkai.parser.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The rows of a table (not of tables nested in it), by row group, and whether it is a layout table. */
final class TableRows {

    /** Text length beyond which a cell is taken for a page region rather than a table cell. */
    private static final int LAYOUT_CELL_TEXT = 600;

    private TableRows() {}

    /** The {@code <tr>} rows of each row group ({@code thead}, {@code tbody}, {@code tfoot}, or bare rows). */
    static List<List<Element>> groups(Element table) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> bare = null;
        for (Element child : table.children()) {
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
                for (Element tr : child.children()) {
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
                for (Element td : tr.children()) {
                    if (td.normalName().equals("td") || td.normalName().equals("th")) {
                        cells++;
                        if (cells <= 2 * Limits.MAX_COLUMNS && td.text().length() > LAYOUT_CELL_TEXT) {
                            return true;
                        }
                    }
                }
            }
        }
        return cells <= 1;
    }
}
