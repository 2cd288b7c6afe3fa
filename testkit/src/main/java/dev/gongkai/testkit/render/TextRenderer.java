package dev.gongkai.testkit.render;

import dev.gongkai.model.Report;
import dev.gongkai.testkit.internal.AlignedWriter;
import dev.gongkai.testkit.internal.TextWriter;
import dev.gongkai.testkit.internal.Writers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plain-text renderings (SPEC §5), the shapes text extracted from Word and PDF reports comes in:
 *
 * <ul>
 *   <li>{@link #tabs()}: each table cell on its own line after a tab, a blank line after each row,
 *       merged-from-above cells as a lone tab, header blocks as the template has them (seed 000);
 *   <li>{@link #pipes()}: each cell ending in {@code " |"}, the row's merged slots as a trailing run of
 *       {@code |} (seed 001);
 *   <li>{@link #flat()}: a crawler dump, the whole body on one line and each table row's numbers run
 *       together with no separator ({@code 8100009}); {@link Rendering#flatRows()} tells for each row
 *       how many splits fit its arithmetic;
 *   <li>{@link #flatSpaced()}: the same with single spaces between everything;
 *   <li>{@link #flatMixed()}: the same with a space at some boundaries and nothing at others, drawn
 *       from the seed: cells of a row partly spaced ({@code 予以公开 8 100009}), a row label run into its
 *       numbers ({@code 属于国家秘密0000000}), section headings run into the table text around them,
 *       blank cells written empty leaving no trace;
 *   <li>{@link #aligned()} and {@link #alignedRaw()}: text extracted from a PDF by {@code pdftotext}
 *       with and without {@code -layout} (cells between runs of spaces, long labels wrapped around the
 *       numbers, group labels beside row labels, a page break repeating the header; or one piece per
 *       line), the seed choosing the shape's details, which {@link Rendering#shape()} names.
 * </ul>
 *
 * <pre>{@code
 * Report r = Reports.generator().generate(3);
 * Rendering doc = TextRenderer.tabs().render(r, RenderOptions.seeded(3).encoding(Encoding.GBK));
 * ParseResult back = Gongkai.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
 * }</pre>
 *
 * @since 0.1
 */
public final class TextRenderer implements Renderer {

    private static final Set<Variation> FLAT_UNSUPPORTED = EnumSet.of(Variation.TITLE_TWO_LINES,
            Variation.BREAKS_IN_LABELS, Variation.PADDED_ZERO);

    /** Spaces inside labels would cut them into pieces as the runs of spaces between cells do. */
    private static final Set<Variation> ALIGNED_UNSUPPORTED = EnumSet.of(Variation.SPACES_IN_LABELS,
            Variation.BREAKS_IN_LABELS);

    private final TextWriter.Layout layout;

    private TextRenderer(TextWriter.Layout layout) {
        this.layout = layout;
    }

    /** Tab-prefixed cells, one per line (seed 000). */
    public static TextRenderer tabs() {
        return new TextRenderer(TextWriter.Layout.TABS);
    }

    /** Cells ending in {@code " |"} with {@code ||} trailers (seed 001). */
    public static TextRenderer pipes() {
        return new TextRenderer(TextWriter.Layout.PIPES);
    }

    /** The body on one line, cells run together. */
    public static TextRenderer flat() {
        return new TextRenderer(TextWriter.Layout.FLAT);
    }

    /** The body on one line, everything separated by single spaces. */
    public static TextRenderer flatSpaced() {
        return new TextRenderer(TextWriter.Layout.FLAT_SPACED);
    }

    /**
     * The body on one line, each boundary (between labels, numbers, headings and prose) a single space
     * or nothing, drawn from the render options' seed; blank cells written empty vanish.
     * {@link Rendering#flatRows()} counts each row's splits as if its numbers were run together (the
     * spaces only rule some out).
     */
    public static TextRenderer flatMixed() {
        return new TextRenderer(TextWriter.Layout.FLAT_MIXED);
    }

    /** {@code pdftotext -layout} output: rows on their lines, cells between runs of spaces. */
    public static TextRenderer aligned() {
        return new TextRenderer(TextWriter.Layout.ALIGNED);
    }

    /** {@code pdftotext} output without {@code -layout}: labels and numbers one per line, blank lines between. */
    public static TextRenderer alignedRaw() {
        return new TextRenderer(TextWriter.Layout.ALIGNED_RAW);
    }

    /**
     * True when an {@link #aligned()} or {@link #alignedRaw()} rendering keeps every cell: blank cells
     * written as a mark, not as spaces (or nothing), so no boundary between cells is lost.
     */
    public static boolean keepsEveryCell(Rendering r) {
        return r.shape().startsWith("text/aligned") && r.shape().contains(AlignedWriter.MARKED);
    }

    @Override
    public Set<Variation> supported() {
        Set<Variation> s = EnumSet.copyOf(Writers.COMMON);
        if (layout == TextWriter.Layout.FLAT || layout == TextWriter.Layout.FLAT_SPACED
                || layout == TextWriter.Layout.FLAT_MIXED) {
            s.removeAll(FLAT_UNSUPPORTED);
        }
        if (layout == TextWriter.Layout.ALIGNED || layout == TextWriter.Layout.ALIGNED_RAW) {
            s.removeAll(ALIGNED_UNSUPPORTED);
        }
        return s;
    }

    @Override
    public Rendering render(Report report, RenderOptions options) {
        String shape = "text/" + layout.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (options.carrier() == Carrier.META_TAGS) {
            throw new IllegalArgumentException("only HTML pages have meta tags");
        }
        Writers.Planned p = Writers.plan(report, options, supported(), shape);
        List<FlatRow> rows = new ArrayList<>();
        if (layout == TextWriter.Layout.ALIGNED || layout == TextWriter.Layout.ALIGNED_RAW) {
            AlignedWriter w = AlignedWriter.write(p.doc(), options.seed(), layout == TextWriter.Layout.ALIGNED_RAW);
            return new Rendering("text/aligned[" + w.describe() + "]", w.text(), options.encoding(), p.variations(), rows);
        }
        String text = TextWriter.write(p.doc(), layout, rows, options.seed());
        return new Rendering(shape, text, options.encoding(), p.variations(), rows);
    }

    @Override
    public String toString() {
        return "TextRenderer[" + layout + "]";
    }
}
