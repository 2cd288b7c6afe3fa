package dev.gongkai.testkit.render;

/**
 * Where a rendering states the report's title, organ and publication date (SPEC §3's sources). With
 * anything but {@link #TEXT} the date and organ are not signed under section 六, so a reader must take
 * them from where this puts them.
 *
 * <pre>{@code
 * RenderOptions.seeded(4).carrier(Carrier.CRAWLER_HEADER);
 * }</pre>
 *
 * @since 0.1
 */
public enum Carrier {
    /** The report's own text: a title line, the organ and date signed after section 六. */
    TEXT,
    /**
     * A crawler's header before the body ({@code 标题:}, {@code 发布时间:}, {@code 发布机构:} lines, then
     * {@code 正文}), no title line, no signature. Text shapes, Markdown and HTML.
     */
    CRAWLER_HEADER,
    /** The title line, then a line {@code 发布日期：2024-01-20} under it; no signature. Every shape. */
    DATE_UNDER_TITLE,
    /**
     * A 政府网站 page's meta tags ({@code ArticleTitle}, {@code PubDate}, {@code ContentSource},
     * {@code SiteName}, {@code ColumnName}) and a {@code <title>} ending in the site's name, a breadcrumb,
     * no title line and no signature in the body. Whole HTML pages only.
     */
    META_TAGS
}
