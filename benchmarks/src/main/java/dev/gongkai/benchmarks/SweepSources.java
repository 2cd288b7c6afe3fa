package dev.gongkai.benchmarks;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.Magnitudes;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sources of {@code benchmarks/republish-sweep}: consistent generated reports, both editions,
 * with and without blanks, in three magnitude profiles (one-digit, realistic, five-digit counts), as saved
 * pages (three in four) and tab or aligned text, each with its truth {@code NAME.expected.json}. The same
 * arguments always give the same files.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.gongkai.benchmarks.SweepSources DIR [COUNT (20)] [SEED (7100)]</pre>
 */
public final class SweepSources {

    private SweepSources() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7100L;
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
            if (i % 4 == 3) {
                Renderer text = i % 8 == 3 ? TextRenderer.tabs() : TextRenderer.aligned();
                page = text.render(r, RenderOptions.seeded(s)).bytes();
                ext = ".txt";
            } else {
                page = HtmlRenderer.standard().render(r, RenderOptions.seeded(s)).bytes();
                ext = ".html";
            }
            Files.write(dir.resolve(name + ext), page);
            Files.writeString(dir.resolve(name + ".expected.json"), ReportJson.toJson(r));
        }
        System.out.printf("%d sources in %s%n", count, dir);
    }
}
