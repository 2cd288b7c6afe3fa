package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.parser.text.TextReportParser;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.testkit.render.Variation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * parse(render(r)) == r for generated reports rendered as HTML pages and fragments (rowspan/colspan
 * header blocks, {@code &nbsp;} blanks, page chrome, label variations) in UTF-8, GBK, GB18030 and
 * UTF-16. A failure names the seed and the rendering's shape, encoding and variations; replay it with
 * {@link #check(long)}. A difference that the text reader shows as well, on the same report written
 * as text with the same variations, lies in the shared template interpreter: such seeds are printed
 * and counted, not failed here.
 */
class HtmlRoundTripPropertyTest {

    private static final int CASES = 2000;
    private static final long BASE_SEED = 0x4854_4d4cL;
    private static final Encoding[] ENCODINGS = {Encoding.UTF8, Encoding.GBK, Encoding.UTF8_BOM, Encoding.GB18030,
        Encoding.UTF16LE, Encoding.UTF16BE, Encoding.UTF16LE_NO_BOM};

    @Test
    void parsingARenderedPageGivesTheReportBack() {
        List<String> failures = new ArrayList<>();
        List<Long> shared = new ArrayList<>();
        for (long seed = BASE_SEED; seed < BASE_SEED + CASES; seed++) {
            Outcome outcome = check(seed);
            if (outcome.htmlOnly()) {
                failures.add(outcome.describe());
                if (failures.size() >= 5) {
                    break;
                }
            } else if (!outcome.html().isEmpty()) {
                shared.add(seed);
            }
        }
        System.out.printf("html round trip: %d cases, %d failing in the text reader alike (interpreter), first: %s%n",
                CASES, shared.size(), shared.subList(0, Math.min(5, shared.size())));
        assertThat(failures).as("failing seeds (of %d cases)", CASES).isEmpty();
    }

    /**
     * The differences of one seed: the HTML reader's, and the text reader's on the same report written as
     * a text file with the same variations. A difference both show lies in the shared interpreter.
     */
    record Outcome(long seed, Case c, List<String> html, List<String> text) {
        /** True when the HTML reader differs in a field (table cell, section, metadata) the text reader gets right. */
        boolean htmlOnly() {
            return !html.isEmpty() && !fields(text).containsAll(fields(html));
        }

        private static Set<String> fields(List<String> diff) {
            Set<String> out = new HashSet<>();
            for (String d : diff) {
                int colon = d.indexOf(':');
                out.add(colon < 0 ? d : d.substring(0, colon));
            }
            return out;
        }

        String describe() {
            return "seed " + seed + " (" + c.describe() + "): " + html;
        }
    }

    /** Checks one seed. */
    static Outcome check(long seed) {
        Case c = generate(seed);
        List<String> html = differences(c.report(), new HtmlReportParser(), c.rendering().bytes());
        if (html.isEmpty()) {
            return new Outcome(seed, c, html, List.of());
        }
        Set<Variation> variations = EnumSet.noneOf(Variation.class);
        variations.addAll(c.rendering().variations());
        variations.retainAll(TextRenderer.tabs().supported());
        Rendering text = TextRenderer.tabs().render(c.report(),
                RenderOptions.plain().with(variations.toArray(new Variation[0])));
        return new Outcome(seed, c, html, differences(c.report(), new TextReportParser(), text.bytes()));
    }

    private static List<String> differences(Report report, ReportParser parser, byte[] bytes) {
        try {
            Report parsed = parser.parse(new ByteArrayInputStream(bytes), ParseContext.defaults()).report();
            return ReportDiff.between(report, parsed);
        } catch (Exception | StackOverflowError e) {
            return List.of(e.toString());
        }
    }

    /** A generated report and its rendering. */
    record Case(ReportGenerator generator, Report report, Rendering rendering) {
        String describe() {
            return generator + ", " + rendering.describe();
        }
    }

    static Case generate(long seed) {
        ReportGenerator generator = Reports.generator().edition(seed % 3 == 0 ? Edition.E2019 : Edition.E2021);
        if (seed % 4 == 1) {
            generator = generator.withBlanks();
        }
        if (seed % 7 == 3) {
            generator = generator.withCollapsedOtherRow();
        }
        Report report = generator.generate(seed);
        RenderOptions options = RenderOptions.seeded(seed)
                .encoding(ENCODINGS[(int) Math.floorMod(seed, (long) ENCODINGS.length)])
                .fragment(seed % 5 == 2);
        return new Case(generator, report, HtmlRenderer.standard().render(report, options));
    }
}
