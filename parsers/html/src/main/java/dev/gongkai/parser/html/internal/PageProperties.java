package dev.gongkai.parser.html.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.layout.Paragraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about the report outside it: the meta tags of the 政府网站 specification
 * ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource}, {@code SiteName}, {@code ColumnName}),
 * the {@code <title>}, and the lines just above the report's text that are not part of it (a line
 * under the title: {@code 发布时间：2024-01-20 16:30 来源：市政府办}). The interpreter decides what to
 * trust.
 */
final class PageProperties {

    /** How many lines above the report's text are kept. */
    private static final int LINES = 6;

    private PageProperties() {}

    static DocumentProperties of(Document doc, List<Item> items, List<Block> report) {
        DocumentProperties p = DocumentProperties.NONE
                .withTitle(meta(doc, "articletitle"))
                .withPublished(meta(doc, "pubdate"))
                .withPublisher(meta(doc, "contentsource"))
                .withSiteName(meta(doc, "sitename"))
                .withColumn(meta(doc, "columnname"))
                .withPageTitle(doc.title());
        return p.withLines(linesAbove(items, report));
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[name]")) {
            if (m.attr("name").strip().toLowerCase(Locale.ROOT).equals(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    /**
     * The paragraphs before the report's first text after its title that the report does not hold,
     * outside links: the last few of them.
     */
    private static List<String> linesAbove(List<Item> items, List<Block> report) {
        if (report.isEmpty()) {
            return List.of();
        }
        Set<Block> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(report);
        Block start = report.get(Math.min(1, report.size() - 1));
        Deque<String> lines = new ArrayDeque<>();
        for (Item item : items) {
            if (item.block() == start) {
                break;
            }
            if (!kept.contains(item.block()) && item.block() instanceof Paragraph para && !inLink(item.owner())) {
                lines.addLast(para.text());
                if (lines.size() > LINES) {
                    lines.removeFirst();
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static boolean inLink(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }
}
