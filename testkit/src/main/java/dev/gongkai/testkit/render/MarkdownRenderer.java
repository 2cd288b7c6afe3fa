package dev.gongkai.testkit.render;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.internal.MarkupWriter;
import dev.gongkai.testkit.internal.Prng;
import dev.gongkai.testkit.internal.Writers;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown as PDF-to-Markdown converters make it: paragraphs, pipe tables (merged cells as empty
 * cells), optionally a table split into several with page footers ({@code — 3 —}) between them and the
 * header rows repeated ({@link Variation#SPLIT_TABLES}, {@link Variation#REPEATED_HEADER}).
 *
 * <pre>{@code
 * Rendering md = MarkdownRenderer.standard().render(report, RenderOptions.plain().with(Variation.SPLIT_TABLES));
 * }</pre>
 *
 * @since 0.1
 */
public final class MarkdownRenderer implements Renderer {

    private MarkdownRenderer() {}

    public static MarkdownRenderer standard() {
        return new MarkdownRenderer();
    }

    @Override
    public Set<Variation> supported() {
        Set<Variation> s = EnumSet.copyOf(Writers.COMMON);
        s.remove(Variation.BREAKS_IN_LABELS);
        s.add(Variation.SPLIT_TABLES);
        s.add(Variation.REPEATED_HEADER);
        return s;
    }

    @Override
    public Rendering render(Report report, RenderOptions options) {
        if (options.carrier() == Carrier.META_TAGS) {
            throw new IllegalArgumentException("only HTML pages have meta tags");
        }
        Writers.Planned p = Writers.plan(report, options, supported(), "markdown");
        Set<Variation> v = EnumSet.noneOf(Variation.class);
        v.addAll(p.variations());
        if (!v.contains(Variation.SPLIT_TABLES)) {
            v.remove(Variation.REPEATED_HEADER);
        }
        String text = MarkupWriter.markdown(p.doc(), v, new Prng(options.seed() ^ 0x6D61726BL));
        return new Rendering("markdown", text, options.encoding(), v, List.of());
    }

    @Override
    public String toString() {
        return "MarkdownRenderer";
    }
}
