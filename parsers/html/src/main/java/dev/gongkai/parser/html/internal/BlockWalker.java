package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page in document order and gives its blocks: the text of each block element as paragraphs,
 * one per line (a {@code <br>} ends a line), as the text reader gives one paragraph per line; each data
 * table a grid; a {@code <pre>} laid out by the text reader. Layout tables (tables of tables, one-cell
 * frames) are walked into, not read as data. Iterative: nesting depth costs no stack.
 */
final class BlockWalker implements NodeFilter {

    private final Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
    private final Set<Element> tablesHoldingTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ElementPath paths = new ElementPath();
    private final ProblemList problems;
    private final List<Item> items = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final TextFlow flow = new TextFlow();
    private Element flowOwner;

    private BlockWalker(Element root, ProblemList problems) {
        this.problems = problems;
        int n = 0;
        for (Element table : root.ownerDocument() == null ? root.getElementsByTag("table")
                : root.ownerDocument().getElementsByTag("table")) {
            tableNumbers.put(table, ++n);
            for (Element up = table.parent(); up != null; up = up.parent()) {
                if (up.normalName().equals("table")) {
                    if (!tablesHoldingTables.add(up)) {
                        break;
                    }
                }
            }
        }
    }

    /** The blocks under {@code root}, in document order, each with the element it came from. */
    static List<Item> walk(Element root, ProblemList problems) {
        BlockWalker walker = new BlockWalker(root, problems);
        walker.open.push(root);
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.items;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            if (flowOwner == null && !TextFlow.stripped(text).isEmpty()) {
                flowOwner = open.peek();
            }
            flow.text(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e) || depth == 0) {
            return FilterResult.CONTINUE;
        }
        if (ElementKinds.skipped(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (ElementKinds.lineBreak(e)) {
            flow.lineBreak();
            return FilterResult.CONTINUE;
        }
        String name = e.normalName();
        if (name.equals("table") && !TableRows.isLayout(e, tablesHoldingTables.contains(e))) {
            flush();
            table(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("pre") || name.equals("xmp") || name.equals("listing") || name.equals("plaintext")) {
            flush();
            preformatted(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (ElementKinds.block(e)) {
            flush();
            open.push(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && depth > 0 && ElementKinds.block(e)) {
            flush();
            if (open.peek() == e) {
                open.pop();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        List<String> lines = flow.take();
        if (!lines.isEmpty()) {
            Element owner = flowOwner == null ? open.peek() : flowOwner;
            SourceSpan span = span(owner);
            for (String line : lines) {
                items.add(new Item(new Paragraph(line, span), owner));
            }
        }
        flowOwner = null;
    }

    private void table(Element table) {
        String path = "table[" + tableNumbers.getOrDefault(table, 0) + "]";
        for (Element caption : table.children()) {
            if (caption.normalName().equals("caption")) {
                String text = CellText.of(caption);
                if (!text.isEmpty()) {
                    items.add(new Item(new Paragraph(text, SourceSpan.path(path + "/caption")), table));
                }
            }
        }
        items.add(new Item(GridBuilder.build(table, path, problems), table));
    }

    private void preformatted(Element pre) {
        for (Block b : TextChunks.blocks(pre.wholeText().replace('\u00a0', ' '), paths.of(pre))) {
            items.add(new Item(b, pre));
        }
    }

    private SourceSpan span(Element owner) {
        return owner == null ? null : SourceSpan.path(paths.of(owner));
    }
}
