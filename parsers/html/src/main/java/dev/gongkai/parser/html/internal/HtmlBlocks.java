package dev.gongkai.parser.html.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
import dev.gongkai.layout.DocumentProperties;
import dev.gongkai.spi.ProblemList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * From page text to the report's blocks: parse (leniently, as browsers do, with bounded nesting), walk
 * the body, keep the report's container, and let the text layout read Markdown tables written as
 * paragraphs.
 */
final class HtmlBlocks {

    private HtmlBlocks() {}

    /**
     * The report's blocks in a page.
     *
     * @throws UnreadableDocumentException with reason {@code TOO_LARGE} for a page with more markup
     *     than {@link Limits#MAX_TAGS}
     */
    static List<Block> read(String html, ProblemList problems) throws UnreadableDocumentException {
        return page(html, problems).blocks();
    }

    /** A page's report blocks and what the page says about the report around them. */
    record Page(List<Block> blocks, DocumentProperties properties) {}

    /**
     * The report's blocks in a page and the page's properties (meta tags, {@code <title>}, the lines
     * above the report).
     *
     * @throws UnreadableDocumentException with reason {@code TOO_LARGE} for a page with more markup
     *     than {@link Limits#MAX_TAGS}
     */
    static Page page(String html, ProblemList problems) throws UnreadableDocumentException {
        Document doc = parse(html);
        Element root = doc.body() == null ? doc : doc.body();
        List<Item> items = BlockWalker.walk(root, problems);
        List<Block> report = BodyFinder.report(root, items);
        return new Page(TextChunks.markdownRuns(report), PageProperties.of(doc, items, report));
    }

    static Document parse(String html) throws UnreadableDocumentException {
        int tags = countTags(html);
        if (tags > Limits.MAX_TAGS) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                    "the page has more than " + Limits.MAX_TAGS + " elements");
        }
        Parser parser = Parser.htmlParser().setMaxDepth(Limits.MAX_DEPTH);
        return parser.parseInput(html, "");
    }

    /** Counts {@code <x} and {@code </x} openings, an upper bound on the elements the parser creates. */
    static int countTags(String html) {
        int count = 0;
        int n = html.length() - 1;
        for (int i = 0; i < n; i++) {
            if (html.charAt(i) == '<') {
                char c = html.charAt(i + 1);
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '/' || c == '!') {
                    count++;
                }
            }
        }
        return count;
    }
}
