package dev.gongkai.parser.html.internal;

import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.layout.Block;
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
        Document doc = parse(html);
        Element root = doc.body() == null ? doc : doc.body();
        return TextChunks.markdownRuns(BodyFinder.report(root, BlockWalker.walk(root, problems)));
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
