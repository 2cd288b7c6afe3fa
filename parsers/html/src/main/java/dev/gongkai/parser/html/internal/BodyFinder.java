package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the report on a page. Each element is scored by the template evidence (section headings,
 * template tables) found in its blocks; the report's container is the innermost element with the best
 * score that holds more than one block (the first, if the page repeats the report). Inside it, page furniture without evidence (share
 * widgets, breadcrumbs, menus) is dropped. A title line just outside the container (an {@code <h1>}
 * above the article body) is kept.
 */
final class BodyFinder {

    /** How many levels above the container a title line may sit. */
    private static final int TITLE_REACH = 4;

    /** Furniture longer than this is kept unless it is mostly links. */
    private static final int CHROME_TEXT = 400;

    private final Map<Element, Integer> masks = new IdentityHashMap<>();
    private final Map<Element, Integer> counts = new IdentityHashMap<>();
    private final Map<Element, Boolean> dropped = new IdentityHashMap<>();
    private final List<Item> items;
    private final int[] bits;

    private BodyFinder(Element root, List<Item> items) {
        this.items = items;
        this.bits = new int[items.size()];
        for (int i = 0; i < bits.length; i++) {
            Item item = items.get(i);
            bits[i] = Evidence.of(item.block());
            masks.merge(item.owner(), bits[i], (a, b) -> a | b);
            counts.merge(item.owner(), 1, Integer::sum);
        }
        // one bottom-up pass: each element adds its totals to its parent's
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                Integer count = counts.get(node);
                if (count != null && node != root && node.parent() instanceof Element parent) {
                    counts.merge(parent, count, Integer::sum);
                    masks.merge(parent, masks.get(node), (a, b) -> a | b);
                }
            }
        }, root);
    }

    /** The report's blocks among a page's blocks (all of them, less furniture, when there is no evidence). */
    static List<Block> report(Element root, List<Item> items) {
        return new BodyFinder(root, items).select(root);
    }

    private List<Block> select(Element root) {
        Element container = container(root);
        List<Block> out = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (inside(item.owner(), container) && !furniture(item.owner(), container)) {
                if (first < 0) {
                    first = i;
                }
                out.add(item.block());
            }
        }
        if (first >= 0 && !hasTitle(container)) {
            out.addAll(0, titleBefore(first, container));
        }
        return out;
    }

    private Element container(Element root) {
        int best = score(root);
        Element container = root;
        if (best == 0) {
            return container;
        }
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : container.children()) {
                if (score(child) == best && counts.getOrDefault(child, 0) > 1) {
                    container = child;
                    descended = true;
                    break;
                }
            }
        }
        return container;
    }

    private int score(Element e) {
        return Integer.bitCount(masks.getOrDefault(e, 0) & Evidence.TEMPLATE);
    }

    private boolean hasTitle(Element container) {
        return (masks.getOrDefault(container, 0) & Evidence.TITLE) != 0;
    }

    /**
     * The last title line before the container, with the lines of the same element before it (a title
     * broken by {@code <br>}), if it sits close above the container and outside furniture and links.
     */
    private List<Block> titleBefore(int first, Element container) {
        Set<Element> reach = new HashSet<>();
        Element up = container.parent();
        for (int k = 0; k < TITLE_REACH && up != null; k++, up = up.parent()) {
            reach.add(up);
        }
        for (int i = first - 1; i >= 0; i--) {
            if ((bits[i] & Evidence.TITLE) == 0) {
                continue;
            }
            Element owner = items.get(i).owner();
            for (Element e = owner; e != null; e = e.parent()) {
                if (e.normalName().equals("a") || ElementKinds.chrome(e)) {
                    return List.of();
                }
                if (reach.contains(e)) {
                    int start = i;
                    while (start > 0 && items.get(start - 1).owner() == owner) {
                        start--;
                    }
                    List<Block> title = new ArrayList<>();
                    for (int k = start; k <= i; k++) {
                        title.add(items.get(k).block());
                    }
                    return title;
                }
            }
            return List.of();
        }
        return List.of();
    }

    private static boolean inside(Element e, Element container) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == container) {
                return true;
            }
        }
        return false;
    }

    /** True when an element between the block and the container is furniture without evidence. */
    private boolean furniture(Element owner, Element container) {
        for (Element e = owner; e != null && e != container; e = e.parent()) {
            Boolean known = dropped.get(e);
            if (known == null) {
                known = masks.getOrDefault(e, 0) == 0 && ElementKinds.chrome(e) && small(e);
                dropped.put(e, known);
            }
            if (known) {
                return true;
            }
        }
        return false;
    }

    private static boolean small(Element e) {
        int length = e.text().length();
        if (length < CHROME_TEXT) {
            return true;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return links * 2 >= length;
    }
}
