package dev.gongkai.benchmarks;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes the corpus of {@code benchmarks/corpus-run}: generated reports (fixed seeds, both editions, some
 * with blanks) in six shapes taken in turn (canonical JSON, tab text, pipe text, Markdown, a whole HTML
 * page, an HTML page with variations drawn from the seed), spread over 50 folders; one file in 25 is
 * damaged (truncated, binary junk or empty). The same arguments always give the same bytes.
 *
 * <p>This corpus draws its organs from a small pool, so most reports share an organ and a year with
 * others (a worst case of duplicates and year pairs); with {@code --realistic} it is a national batch
 * instead ({@link RealisticCorpus}: one report per organ and year, few errors, few duplicates).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.gongkai.benchmarks.CorpusGenerator [--realistic] DIR [COUNT] [SEED]</pre>
 */
public final class CorpusGenerator {

    /** One file in this many is damaged. */
    static final int DAMAGED_EVERY = 25;

    static final int FOLDERS = 50;

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        boolean realistic = args.length > 0 && args[0].equals("--realistic");
        if (realistic) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: CorpusGenerator [--realistic] DIR [COUNT (10000)] [SEED (2024)]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024L;
        int damaged = realistic ? RealisticCorpus.write(dir, count, seed) : write(dir, count, seed);
        System.out.printf("%d files (%d damaged) in %s%n", count, damaged, dir);
    }

    /** Writes {@code count} files under {@code dir}; returns how many are damaged. */
    static int write(Path dir, int count, long seed) throws IOException {
        ReportGenerator[] generators = {
            Reports.generator().edition(Edition.E2021),
            Reports.generator().edition(Edition.E2019).withBlanks(),
            Reports.generator().edition(Edition.E2021).withBlanks(),
        };
        Random random = new Random(seed);
        int damaged = 0;
        for (int i = 0; i < count; i++) {
            long s = seed + i;
            Report r = generators[i % generators.length].generate(s);
            String[] shape = shape(i, r, s);
            Path f = dir.resolve(String.format("d%02d", i % FOLDERS)).resolve(String.format("%05d.%s", i, shape[0]));
            Files.createDirectories(f.getParent());
            byte[] bytes = shape[1].getBytes(StandardCharsets.UTF_8);
            if (i % DAMAGED_EVERY == DAMAGED_EVERY - 1) {
                bytes = damage(i / DAMAGED_EVERY % 3, bytes, random);
                damaged++;
            }
            Files.write(f, bytes);
        }
        return damaged;
    }

    /** The extension and text of file {@code i}. */
    static String[] shape(int i, Report r, long seed) {
        switch (i % 6) {
            case 0:
                return new String[] {"json", ReportJson.toJson(r)};
            case 1:
                return new String[] {"txt", TextRenderer.tabs().render(r, RenderOptions.plain()).text()};
            case 2:
                return new String[] {"txt", TextRenderer.pipes().render(r, RenderOptions.plain()).text()};
            case 3:
                return new String[] {"md", MarkdownRenderer.standard().render(r, RenderOptions.plain()).text()};
            case 4:
                return new String[] {"html", HtmlRenderer.standard().render(r, RenderOptions.plain()).text()};
            default:
                return new String[] {"html", HtmlRenderer.standard().render(r, RenderOptions.seeded(seed)).text()};
        }
    }

    /** Truncated to a few bytes (no template left), binary junk, or empty. */
    static byte[] damage(int kind, byte[] bytes, Random random) {
        switch (kind) {
            case 0:
                return Arrays.copyOf(bytes, Math.min(bytes.length, 24));
            case 1:
                byte[] junk = new byte[512 + random.nextInt(2048)];
                random.nextBytes(junk);
                junk[0] = 0;
                return junk;
            default:
                return new byte[0];
        }
    }
}
