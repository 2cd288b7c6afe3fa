package dev.gongkai.benchmarks;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated saved pages with their truth, as sources for {@code ../shared/tools/republish.py}
 * (which prints them with Chromium, converts them with LibreOffice, re-encodes and damages them):
 * {@code NAME.html} and {@code NAME.expected.json} per report, both editions, some with blanks; then
 * three reports that each break one arithmetic rule ({@code bad-RULE-NN}), whose ERROR must survive.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.gongkai.benchmarks.RepublishSources DIR [COUNT] [SEED]</pre>
 */
public final class RepublishSources {

    private RepublishSources() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 15L;
        ReportGenerator[] generators = {
            Reports.generator().edition(Edition.E2021),
            Reports.generator().edition(Edition.E2019).withBlanks(),
            Reports.generator().edition(Edition.E2021).withBlanks(),
        };
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            long s = seed + i;
            Report r = generators[i % generators.length].generate(s);
            String name = String.format("gen-%s-%02d", r.edition().code(), i);
            Files.writeString(dir.resolve(name + ".html"),
                    HtmlRenderer.standard().render(r, RenderOptions.seeded(s)).text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".expected.json"), ReportJson.toJson(r), StandardCharsets.UTF_8);
        }
        // reports that break one rule each: their ERROR must survive every way of publishing them
        String[] broken = {"applications.balance", "applications.outcomes-sum", "review-litigation.sum"};
        for (int i = 0; i < broken.length; i++) {
            Report r = Reports.violating(broken[i], seed + 100 + i).report();
            String name = String.format("bad-%s-%02d", broken[i].replace('.', '-'), i);
            Files.writeString(dir.resolve(name + ".html"),
                    HtmlRenderer.standard().render(r, RenderOptions.seeded(seed + 100 + i)).text(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".expected.json"), ReportJson.toJson(r), StandardCharsets.UTF_8);
        }
        System.out.printf("%d pages and %d broken ones in %s%n", count, broken.length, dir);
    }
}
