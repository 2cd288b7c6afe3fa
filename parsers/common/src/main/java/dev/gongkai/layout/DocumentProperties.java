package dev.gongkai.layout;

import java.util.List;

/**
 * What a document's carrier says about the report, outside the report's own text: a web page's meta
 * tags and {@code <title>}, an office file's or a PDF's document properties. A format reader fills
 * in what its format has and hands it to {@link TemplateInterpreter#interpret(List,
 * dev.gongkai.spi.ParseContext, String, DocumentProperties)}; the interpreter trusts the report's own
 * text first (SPEC §3) and uses these only where the text does not say. Values are as the carrier
 * writes them (the interpreter cleans and checks them); {@code null} when absent. Immutable.
 *
 * <pre>{@code
 * DocumentProperties p = DocumentProperties.NONE.withTitle(info.getTitle());
 * return TemplateInterpreter.interpret(blocks, context, name(), p);
 * }</pre>
 *
 * @param title the carrier's title of the document (HTML {@code ArticleTitle}, the office or PDF
 *     title property)
 * @param pageTitle a title that may carry a site name (HTML {@code <title>}: {@code 报告_某某市人民政府})
 * @param published the publication date as written ({@code 2021-01-29 10:15}, {@code 2021年1月29日})
 * @param publisher the publishing office (HTML {@code ContentSource}); not necessarily the organ
 * @param siteName the site's name (HTML {@code SiteName}), never taken into a title or as the organ
 * @param column the site's column (HTML {@code ColumnName}), never taken into a title
 * @param lines lines of text the carrier shows beside the report (a page's line under the title:
 *     {@code 发布时间：2024-01-20 来源：市政府办}), read for labelled dates and sources
 * @since 0.1
 */
public record DocumentProperties(String title, String pageTitle, String published, String publisher,
        String siteName, String column, List<String> lines) {

    /** A carrier that says nothing. */
    public static final DocumentProperties NONE = new DocumentProperties(null, null, null, null, null, null, List.of());

    public DocumentProperties {
        title = blankToNull(title);
        pageTitle = blankToNull(pageTitle);
        published = blankToNull(published);
        publisher = blankToNull(publisher);
        siteName = blankToNull(siteName);
        column = blankToNull(column);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public DocumentProperties withTitle(String t) {
        return new DocumentProperties(t, pageTitle, published, publisher, siteName, column, lines);
    }

    public DocumentProperties withPageTitle(String t) {
        return new DocumentProperties(title, t, published, publisher, siteName, column, lines);
    }

    public DocumentProperties withPublished(String p) {
        return new DocumentProperties(title, pageTitle, p, publisher, siteName, column, lines);
    }

    public DocumentProperties withPublisher(String p) {
        return new DocumentProperties(title, pageTitle, published, p, siteName, column, lines);
    }

    public DocumentProperties withSiteName(String s) {
        return new DocumentProperties(title, pageTitle, published, publisher, s, column, lines);
    }

    public DocumentProperties withColumn(String c) {
        return new DocumentProperties(title, pageTitle, published, publisher, siteName, c, lines);
    }

    public DocumentProperties withLines(List<String> l) {
        return new DocumentProperties(title, pageTitle, published, publisher, siteName, column, l);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
