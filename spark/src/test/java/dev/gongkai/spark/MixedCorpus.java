package dev.gongkai.spark;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A small mixed corpus for comparing the Spark job with the batch the CLI runs: generated reports in six
 * shapes (canonical JSON, tab and pipe text, Markdown, HTML pages plain and varied), consecutive-year
 * pairs of one organ (a third of them with this year's 上年结转 off by one, so the cross-year rule fires),
 * reports published twice in two shapes (duplicates), the readers' committed Word, Excel and PDF fixtures
 * and re-published reports (Chromium and LibreOffice PDFs, .docx, .doc, GBK, cut characters), one under a
 * name with Chinese and a space, and damaged files: truncated PDF and Office files, junk, empty files,
 * a README (skipped) and a file of an unknown kind; a parent organ and its subordinates ({@link #HIERARCHY});
 * a report under names starting with {@code _} (read) and two under names starting with {@code .} (hidden:
 * left out). The same seed always gives the same files.
 */
final class MixedCorpus {

    /**
     * A parent organ and two subordinates (reports of one year whose tables 三 do not add up): the hierarchy
     * file ({@link #hierarchy}) names the parent without its province and one subordinate without its city.
     */
    static final String[] HIERARCHY = {"样例省示范市人民政府", "样例省示范市甲区人民政府", "示范市乙区人民政府"};

    /** The hierarchy of the parent and its subordinates, as a user writes it (CSV with a header). */
    static String hierarchy() {
        return "parent,child\n示范市人民政府,甲区人民政府\n示范市人民政府,\"示范市乙区人民政府\"\n";
    }

    private MixedCorpus() {}

    /** The repository's root, from the module's folder (where the tests run). */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("corpus")) ? here : here.getParent();
    }

    /** Writes the corpus into {@code dir}; returns how many files. */
    static int write(Path dir, long seed) throws IOException {
        ReportGenerator[] generators = {
            Reports.generator().edition(Edition.E2021),
            Reports.generator().edition(Edition.E2019).withBlanks(),
            Reports.generator().edition(Edition.E2021).withBlanks(),
        };
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            Report r = generators[i % 3].generate(seed + i);
            String[] s = shape(i, r, seed + i);
            write(dir.resolve("gen/g" + i % 5 + "/" + String.format("%03d.%s", i, s[0])), s[1]);
        }
        for (int i = 0; i < 12; i++) {
            ReportPair p = Reports.generator().edition(Edition.E2021).generatePair(seed + 1000 + i);
            Report current = p.current();
            if (i % 3 == 0) {
                Cell c = current.applications().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL);
                BigDecimal v = c.value() == null ? BigDecimal.ONE : c.value().add(BigDecimal.ONE);
                current = current.toBuilder().cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, Cell.of(v.longValue())).build();
            }
            String[] a = shape(i, p.previous(), seed + i);
            String[] b = shape(i + 1, current, seed + i);
            write(dir.resolve("pairs/" + i + "-previous." + a[0]), a[1]);
            write(dir.resolve("pairs/" + i + "-current." + b[0]), b[1]);
        }
        for (int i = 0; i < 8; i++) {
            Report r = generators[i % 3].generate(seed + 2000 + i);
            String[] a = shape(i, r, seed + i);
            String[] b = shape(i + 3, r, seed + i);
            write(dir.resolve("dups/" + i + "-page." + a[0]), a[1]);
            write(dir.resolve("dups/" + i + "-attachment." + b[0]), b[1]);
        }
        Report parent = generators[0].generate(seed + 3000);
        for (int i = 0; i < HIERARCHY.length; i++) {
            Report r = i == 0 ? parent : generators[0].generate(seed + 3000 + i);
            r = r.toBuilder().organ(HIERARCHY[i]).year(parent.year()).build();
            // canonical JSON: the rendered shapes title a report with the generator's organ and year
            write(dir.resolve("hierarchy/" + i + ".json"), ReportJson.toJson(r));
        }
        // names Spark's own file scan drops but gongkai check reads (_), and hidden ones both leave out (.)
        Report u = generators[0].generate(seed + 4000);
        write(dir.resolve("_drafts/_2023.json"), ReportJson.toJson(u));
        write(dir.resolve(".cache/2023.json"), ReportJson.toJson(u));
        write(dir.resolve("gen/.2023.json"), ReportJson.toJson(u));
        Path repo = repository();
        copyAll(repo.resolve("parsers/office/src/test/resources/fixtures"), dir.resolve("office"));
        copyAll(repo.resolve("parsers/pdf/src/test/resources/fixtures"), dir.resolve("pdf"));
        copyAll(repo.resolve("corpus/seeds"), dir.resolve("seeds"));
        copyAll(repo.resolve("parsers/ofd/src/test/resources/fixtures"), dir.resolve("ofd"));
        copyAll(repo.resolve("parsers/odf/src/test/resources/fixtures"), dir.resolve("odf"));
        // a scan: read by the OCR engine where it is installed, an unreadable document (the same) where not
        copy(repo.resolve("parsers/ocr/src/test/resources/fixtures/003-150-grey.pdf"), dir.resolve("scans/003-150-grey.pdf"));
        Path republished = repo.resolve("corpus/republished");
        try (Stream<Path> files = Files.list(republished)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith("gen-2019-01") || n.startsWith("bad-applications-balance") || n.startsWith("001_")) {
                    copy(f, dir.resolve("republished/" + n));
                }
            }
        }
        copy(repo.resolve("parsers/office/src/test/resources/fixtures/zhangshu-2023.docx"), dir.resolve("names/樟树市 2023年报告.docx"));
        // a % in a name is a % (not a URI escape): the same report again, so each is the other's duplicate
        copy(repo.resolve("parsers/office/src/test/resources/fixtures/zhangshu-2023.docx"), dir.resolve("names/樟树市%202023年报告.docx"));
        damaged(dir.resolve("damaged"), repo, random);
        try (Stream<Path> all = Files.walk(dir)) {
            return (int) all.filter(Files::isRegularFile).filter(f -> !BatchReference.hidden(dir, f)).count();
        }
    }

    private static void damaged(Path dir, Path repo, Random random) throws IOException {
        byte[] pdf = Files.readAllBytes(repo.resolve("parsers/pdf/src/test/resources/fixtures/000_caa70d9250cb3ad4-ruled.pdf"));
        byte[] docx = Files.readAllBytes(repo.resolve("parsers/office/src/test/resources/fixtures/zhangshu-2023.docx"));
        byte[] xlsx = Files.readAllBytes(repo.resolve("parsers/office/src/test/resources/fixtures/zhangshu-2023.xlsx"));
        byte[] html = HtmlRenderer.standard().render(Reports.generator().generate(7), RenderOptions.plain()).text()
                .getBytes(StandardCharsets.UTF_8);
        write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
        write(dir.resolve("truncated.xlsx"), Arrays.copyOf(xlsx, 600));
        write(dir.resolve("truncated.html"), Arrays.copyOf(html, 24));
        write(dir.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[1500];
        random.nextBytes(junk);
        write(dir.resolve("junk.txt"), junk);
        write(dir.resolve("junk.pdf"), junk);
        write(dir.resolve("junk.bin"), junk);
        write(dir.resolve("README.md"), "# notes on this folder\n".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("notes.csv"), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        // larger than a reader takes (sparse: no disk written): refused as too large, never held whole
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(dev.gongkai.spi.ParseContext.DEFAULT_MAX_BYTES + (1 << 20));
        }
    }

    /** The extension and text of generated file {@code i}, in six shapes taken in turn. */
    private static String[] shape(int i, Report r, long seed) {
        return switch (i % 6) {
            case 0 -> new String[] {"json", ReportJson.toJson(r)};
            case 1 -> new String[] {"txt", TextRenderer.tabs().render(r, RenderOptions.plain()).text()};
            case 2 -> new String[] {"txt", TextRenderer.pipes().render(r, RenderOptions.plain()).text()};
            case 3 -> new String[] {"md", MarkdownRenderer.standard().render(r, RenderOptions.plain()).text()};
            case 4 -> new String[] {"html", HtmlRenderer.standard().render(r, RenderOptions.plain()).text()};
            default -> new String[] {"html", HtmlRenderer.standard().render(r, RenderOptions.seeded(seed)).text()};
        };
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static List<String> shapes() {
        return List.of("json", "txt", "md", "html", "docx", "doc", "xls", "xlsx", "pdf");
    }
}
