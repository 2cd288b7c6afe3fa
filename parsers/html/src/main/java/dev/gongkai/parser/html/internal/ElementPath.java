package dev.gongkai.parser.html.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Element paths used as source spans: {@code body/div[2]/p[3]} (1-based among siblings of the same
 * tag; the index is left out for an only child of its tag). Steps are cached per page, so naming many
 * elements of one parent stays linear.
 */
final class ElementPath {

    /** Steps written at most; deeper paths start with {@code …/}. */
    private static final int MAX_STEPS = 24;

    private final Map<Element, String> steps = new IdentityHashMap<>();

    String of(Element element) {
        Deque<String> path = new ArrayDeque<>();
        Element e = element;
        while (e != null && !e.normalName().equals("html") && !e.normalName().equals("#root")) {
            if (path.size() == MAX_STEPS) {
                path.addFirst("…");
                break;
            }
            path.addFirst(step(e));
            e = e.parent();
        }
        return String.join("/", path);
    }

    private String step(Element e) {
        String cached = steps.get(e);
        if (cached != null) {
            return cached;
        }
        Element parent = e.parent();
        if (parent == null || e.normalName().equals("body")) {
            return e.normalName();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Element sibling : parent.children()) {
            counts.merge(sibling.normalName(), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element sibling : parent.children()) {
            String name = sibling.normalName();
            int index = seen.merge(name, 1, Integer::sum);
            steps.put(sibling, counts.get(name) == 1 ? name : name + "[" + index + "]");
        }
        return steps.get(e);
    }
}
