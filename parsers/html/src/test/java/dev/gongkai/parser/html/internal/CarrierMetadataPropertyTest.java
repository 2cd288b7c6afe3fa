package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.text.TextReportParser;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Carrier;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Over generated reports, in every text and HTML shape: with the title, organ and date stated only
 * where a carrier puts them (a crawler's header, a 发布日期 line under the title, a page's meta tags and
 * {@code <title>}), the reader gives the report's title, organ, year and date, and reads everything
 * else exactly as it reads the rendering that states them in the report's text (title line and
 * signature). A failure prints the seed, shape and carrier.
 */
class CarrierMetadataPropertyTest {

    private static final int CASES = 16;
    private static final long BASE_SEED = 0x4d45_5441L;

    private record Shape(String name, Renderer renderer, boolean fragment, ReportParser parser) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("tabs", TextRenderer.tabs(), false, new TextReportParser()),
            new Shape("pipes", TextRenderer.pipes(), false, new TextReportParser()),
            new Shape("flat", TextRenderer.flat(), false, new TextReportParser()),
            new Shape("flat-spaced", TextRenderer.flatSpaced(), false, new TextReportParser()),
            new Shape("aligned", TextRenderer.aligned(), false, new TextReportParser()),
            new Shape("aligned-raw", TextRenderer.alignedRaw(), false, new TextReportParser()),
            new Shape("markdown", MarkdownRenderer.standard(), false, new TextReportParser()),
            new Shape("html-page", HtmlRenderer.standard(), false, new HtmlReportParser()),
            new Shape("html-fragment", HtmlRenderer.standard(), true, new HtmlReportParser()));

    @Test
    void metadataStatedByACarrierIsReadAndNothingElseChanges() throws Exception {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (long seed = BASE_SEED; seed < BASE_SEED + CASES; seed++) {
            Report r = Reports.generator().generate(seed);
            for (Shape shape : SHAPES) {
                RenderOptions o = RenderOptions.seeded(seed).fragment(shape.fragment());
                Report inText = parse(shape, r, o);
                for (Carrier c : Carrier.values()) {
                    if (c == Carrier.TEXT || c == Carrier.META_TAGS && !shape.name().equals("html-page")) {
                        continue;
                    }
                    cases++;
                    Report got = parse(shape, r, o.carrier(c));
                    List<String> diff = new ArrayList<>();
                    meta(diff, "title", r.title(), got.title());
                    meta(diff, "organ", r.organ(), got.organ());
                    meta(diff, "year", r.year(), got.year());
                    meta(diff, "published", r.published(), got.published());
                    Report sameMeta = got.toBuilder().title(inText.title()).organ(inText.organ())
                            .published(inText.published()).build();
                    diff.addAll(ReportDiff.between(inText, sameMeta, false));
                    if (!diff.isEmpty() && failures.size() < 8) {
                        failures.add("seed " + seed + " " + shape.name() + " " + c + ": " + diff);
                    }
                }
            }
        }
        System.out.printf("carrier metadata: %d renderings, %d failing%n", cases, failures.size());
        assertThat(failures).as("of %d renderings", cases).isEmpty();
    }

    private static void meta(List<String> diff, String field, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            diff.add(field + ": expected " + want + ", was " + got);
        }
    }

    private static Report parse(Shape shape, Report r, RenderOptions o) throws Exception {
        Rendering doc = shape.renderer().render(r, o);
        return shape.parser().parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults()).report();
    }
}
