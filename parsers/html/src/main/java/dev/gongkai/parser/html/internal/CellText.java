package dev.gongkai.parser.html.internal;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of one table cell: inline runs joined (Word's {@code <span>}/{@code <font>} pieces of one
 * label become one word), {@code <br>} and each {@code <p>} or other block a new line, lines joined
 * with {@code \n}; {@code &nbsp;} and white space alone give {@code ""}.
 */
final class CellText {

    private CellText() {}

    static String of(Element cell) {
        TextFlow flow = new TextFlow(Limits.MAX_CELL_TEXT);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    flow.text(t.getWholeText());
                } else if (node instanceof Element e && node != cell) {
                    if (ElementKinds.skipped(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (ElementKinds.lineBreak(e) || ElementKinds.block(e)) {
                        flow.lineBreak();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && node != cell && ElementKinds.block(e)) {
                    flow.lineBreak();
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        List<String> lines = flow.take();
        return String.join("\n", lines);
    }
}
