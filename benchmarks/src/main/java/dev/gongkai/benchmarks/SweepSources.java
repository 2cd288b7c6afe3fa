package dev.gongkai.benchmarks;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.Magnitudes;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Carrier;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.testkit.render.Variation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the sources of {@code benchmarks/republish-sweep}: consistent generated reports, both editions,
 * with and without blanks, in three magnitude profiles (one-digit, realistic, five-digit counts), as saved
 * pages (three in four) and tab or aligned text, each with its truth {@code NAME.expected.json}. The same
 * arguments always give the same files.
 *
 * <p>With {@code varied} the sources also depart from the plain rendering the way published reports do,
 * each choice taken in turn by the source's index: where the title, organ and date stand (the
 * {@link Carrier}s: a date line under the title, a crawler's header, a page's meta tags), the title on two
 * lines, full-width digits, and in saved pages thousands separators in the counts ({@code 12,345}) and a
 * footnote under each table ({@code 注：…}, which states the statistical period and so holds numbers).
 * The truth is the same report: none of these changes a value.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.gongkai.benchmarks.SweepSources DIR [COUNT (20)] [SEED (7100)] [varied]</pre>
 */
public final class SweepSources {

    private static final Pattern COUNT_CELL = Pattern.compile("(<td[^>]*>)(-?)(\\d{4,})(</td>)");

    private SweepSources() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7100L;
        boolean varied = args.length > 3 && args[3].equals("varied");
        Files.createDirectories(dir);
        Magnitudes[] sizes = {Magnitudes.SPARSE, Magnitudes.REALISTIC, Magnitudes.LARGE};
        for (int i = 0; i < count; i++) {
            long s = seed + i;
            ReportGenerator g = Reports.generator().edition(i % 2 == 0 ? Edition.E2021 : Edition.E2019)
                    .magnitudes(sizes[i % sizes.length]);
            if (i % 4 >= 2) {
                g = g.withBlanks();
            }
            Report r = g.generate(s);
            String name = String.format("sw-%s-%s-%02d", r.edition().code(),
                    sizes[i % sizes.length].name().toLowerCase(java.util.Locale.ROOT), i);
            byte[] page;
            String ext;
            boolean html = i % 4 != 3;
            RenderOptions options = varied ? varied(RenderOptions.seeded(s), i, html) : RenderOptions.seeded(s);
            if (!html) {
                Renderer text = i % 8 == 3 ? TextRenderer.tabs() : TextRenderer.aligned();
                page = text.render(r, options).bytes();
                ext = ".txt";
            } else {
                page = HtmlRenderer.standard().render(r, options).bytes();
                if (varied) {
                    page = publishedPage(new String(page, StandardCharsets.UTF_8), r, i).getBytes(StandardCharsets.UTF_8);
                }
                ext = ".html";
            }
            Files.write(dir.resolve(name + ext), page);
            Files.writeString(dir.resolve(name + ".expected.json"), ReportJson.toJson(r));
        }
        System.out.printf("%d sources in %s%n", count, dir);
    }

    /** The index's carrier (meta tags for pages only) and, in turn, a title on two lines or full-width digits. */
    static RenderOptions varied(RenderOptions o, int i, boolean html) {
        Carrier[] carriers = {Carrier.TEXT, Carrier.DATE_UNDER_TITLE, Carrier.CRAWLER_HEADER, Carrier.META_TAGS};
        Carrier c = carriers[i % carriers.length];
        o = o.carrier(c == Carrier.META_TAGS && !html ? Carrier.TEXT : c);
        if (i % 3 == 0) {
            o = o.with(Variation.TITLE_TWO_LINES).without(Variation.FULLWIDTH_DIGITS);
        } else if (i % 3 == 1) {
            o = o.with(Variation.FULLWIDTH_DIGITS);
        }
        return o;
    }

    /** A saved page as published: counts of four digits or more with separators (even indexes), a footnote under each table (all but every third). */
    static String publishedPage(String page, Report r, int i) {
        if (i % 2 == 0) {
            Matcher m = COUNT_CELL.matcher(page);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String digits = m.group(3);
                StringBuilder grouped = new StringBuilder();
                for (int k = 0; k < digits.length(); k++) {
                    if (k > 0 && (digits.length() - k) % 3 == 0) {
                        grouped.append(',');
                    }
                    grouped.append(digits.charAt(k));
                }
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + m.group(2) + grouped + m.group(4)));
            }
            m.appendTail(b);
            page = b.toString();
        }
        if (i % 3 != 2 && r.year() != null) {
            int y = r.year();
            page = page.replace("</table>", "</table>\n<p>注：1.本表统计期限为" + y + "年1月1日至" + y
                    + "年12月31日。2.本表数据来源于本机关" + (y + 1) + "年1月汇总。</p>");
        }
        return page;
    }
}
