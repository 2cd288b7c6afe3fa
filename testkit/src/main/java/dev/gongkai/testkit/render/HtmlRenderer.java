package dev.gongkai.testkit.render;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.internal.Carriers;
import dev.gongkai.testkit.internal.MarkupWriter;
import dev.gongkai.testkit.internal.Writers;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * HTML as government sites publish reports: tables with {@code rowspan}/{@code colspan} header
 * blocks, labels broken by {@code <br>}, blank cells as {@code &nbsp;} ({@link Variation#NBSP_BLANKS}),
 * a whole page declaring its charset in {@code <meta charset>} (so a GBK page says {@code gbk}),
 * optionally with navigation, breadcrumbs and share widgets ({@link Variation#PAGE_CHROME}), or a
 * fragment ({@link RenderOptions#fragment(boolean)}). Every {@link Carrier} is written ({@link Carrier#META_TAGS}
 * on whole pages only).
 *
 * <pre>{@code
 * Rendering page = HtmlRenderer.standard().render(report, RenderOptions.seeded(9).encoding(Encoding.GBK));
 * Files.write(dir.resolve("report.html"), page.bytes());
 * }</pre>
 *
 * @since 0.1
 */
public final class HtmlRenderer implements Renderer {

    private HtmlRenderer() {}

    public static HtmlRenderer standard() {
        return new HtmlRenderer();
    }

    @Override
    public Set<Variation> supported() {
        Set<Variation> s = EnumSet.copyOf(Writers.COMMON);
        s.add(Variation.PAGE_CHROME);
        s.add(Variation.NBSP_BLANKS);
        return s;
    }

    @Override
    public Rendering render(Report report, RenderOptions options) {
        String shape = options.fragment() ? "html/fragment" : "html/page";
        Writers.Planned p = Writers.plan(report, options, supported(), shape);
        Set<Variation> v = EnumSet.noneOf(Variation.class);
        v.addAll(p.variations());
        if (options.fragment()) {
            v.remove(Variation.PAGE_CHROME);
        }
        if (options.carrier() == Carrier.META_TAGS && options.fragment()) {
            throw new IllegalArgumentException("a fragment has no head for meta tags");
        }
        String head = options.carrier() == Carrier.META_TAGS ? Carriers.metaTags(report) : null;
        String text = MarkupWriter.html(p.doc(), v, options.encoding(), options.fragment(), report.title(), head);
        return new Rendering(shape, text, options.encoding(), v, List.of());
    }
}
