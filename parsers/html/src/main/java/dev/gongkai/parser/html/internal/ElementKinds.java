package dev.gongkai.parser.html.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** How the walk treats an element: skipped, a block boundary, a line break, or inline. */
final class ElementKinds {

    /** Elements whose content is never report text. */
    private static final Set<String> SKIPPED = Set.of(
            "head", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "video", "audio",
            "source", "track", "map", "area", "select", "option", "optgroup", "datalist", "button", "input",
            "textarea", "img", "picture", "xml", "dialog");

    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of(
            "html", "body", "address", "article", "aside", "blockquote", "center", "dd", "details", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "legend",
            "listing", "plaintext", "xmp", "multicol", "search");

    /** Elements that hold page furniture rather than content, unless they hold template evidence. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "header", "footer", "menu");

    /** Class or id words of share widgets, breadcrumbs, menus, tool bars and the like. */
    private static final Pattern CHROME_WORDS = Pattern.compile(
            "(?:^|[^a-z])(share|bdshare|bdsharebuttonbox|jiathis|social|breadcrumbs?|crumbs?|position|location|"
                    + "nav|navbar|navigation|menu|topbar|toolbar|tools|print|fontsize|font-size|zoom|qrcode|ewm|"
                    + "related|xgxx|xglj|comments?|pager|pagination|sidebar|footer|header|banner|copyright|"
                    + "search|login)(?:$|[^a-z])");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all", Pattern.CASE_INSENSITIVE);

    private ElementKinds() {}

    /** True for elements whose content is skipped: scripts, styles, form controls, hidden elements. */
    static boolean skipped(Element e) {
        String n = e.normalName();
        if (SKIPPED.contains(n) || n.startsWith("v:") || n.startsWith("w:") || n.startsWith("m:")) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        return e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** True for elements that start and end a paragraph. */
    static boolean block(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** True for line breaks. */
    static boolean lineBreak(Element e) {
        return e.normalName().equals("br");
    }

    /** True for navigation, headers, footers, share widgets and breadcrumbs, judged by tag, class and id. */
    static boolean chrome(Element e) {
        if (CHROME_TAGS.contains(e.normalName())) {
            return true;
        }
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !words.isBlank() && CHROME_WORDS.matcher(words).find();
    }
}
