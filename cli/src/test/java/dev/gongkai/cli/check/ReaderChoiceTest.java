package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.DocumentProbe;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.Encoding;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.DocumentCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A batch reads a file from bytes read once and with the reader chosen once ({@link DocumentCheck#read},
 * {@link Content}); the outcome is the one of {@link Gongkai#parse} on the file, which builds its own
 * probe and asks every reader: the same reader, the same report, the same refusal. Over generated
 * documents in every text, Markdown, HTML and JSON shape and every encoding (some cut short or empty),
 * and the files of the committed corpus (every text, HTML and JSON file, a few Word and PDF files).
 */
class ReaderChoiceTest {

    @Test
    void theBatchReadsAsGongkaiParseOverGeneratedDocuments() throws IOException {
        Renderer[] shapes = {TextRenderer.tabs(), TextRenderer.pipes(), TextRenderer.flat(), TextRenderer.aligned(),
            MarkdownRenderer.standard(), HtmlRenderer.standard()};
        String[] names = {"r.txt", "r.txt", "r.txt", "r.txt", "r.md", "r.html"};
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (long seed = 0; seed < 28; seed++) {
            Report r = Reports.generator().generate(seed);
            int k = (int) (seed % (shapes.length + 1));
            Encoding e = Encoding.values()[(int) (seed % Encoding.values().length)];
            byte[] bytes = k == shapes.length ? ReportJson.toJson(r).getBytes(StandardCharsets.UTF_8)
                    : shapes[k].render(r, RenderOptions.seeded(seed).encoding(e)).bytes();
            String name = k == shapes.length ? "r.json" : names[k];
            if (seed % 10 == 9) {
                bytes = Arrays.copyOf(bytes, (int) (seed * 131 % Math.min(bytes.length, DocumentProbe.HEAD_SIZE + 50)));
            }
            for (String n : new String[] {name, "r.dat"}) {
                cases++;
                String diff = compare(n, bytes);
                if (diff != null) {
                    failures.add("seed " + seed + " " + n + ": " + diff);
                }
            }
        }
        assertThat(failures).as("%d of %d documents", failures.size(), cases).isEmpty();
    }

    @Test
    @Tag("slow")
    void theBatchReadsAsGongkaiParseOverTheCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("../corpus"))) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        // every text, Markdown, HTML and JSON file; of the slower formats (Word, PDF) the first three of each
        java.util.Map<String, Integer> slow = new java.util.HashMap<>();
        files = files.stream().filter(f -> {
            String n = f.getFileName().toString();
            String ext = n.substring(n.lastIndexOf('.') + 1);
            return List.of("txt", "md", "html", "json").contains(ext) || slow.merge(ext, 1, Integer::sum) <= 3;
        }).toList();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Content.read(f);
            assertThat(bytes).as("%s read whole", f).isEqualTo(Files.readAllBytes(f));
            String diff = compare(f.toString(), bytes);
            if (diff != null) {
                failures.add(f + ": " + diff);
            }
        }
        assertThat(failures).as("%d files", files.size()).isEmpty();
    }

    /** Null when the batch's way and Gongkai.parse agree, else how they differ. */
    private static String compare(String name, byte[] bytes) {
        DocumentCheck.Read read = DocumentCheck.read(name, name, () -> new ByteArrayInputStream(bytes));
        String direct;
        try {
            ParseResult p = Gongkai.parse(new ByteArrayInputStream(bytes), ParseContext.defaults().withFileName(name));
            direct = "read by " + p.parser() + ": " + ReportJson.toJson(p.report()) + p.problems();
        } catch (UnreadableDocumentException e) {
            direct = "refused: " + e.reason() + " " + e.getMessage();
        } catch (IOException | RuntimeException e) {
            direct = "failed: " + e;
        }
        String batch = switch (read.kind()) {
            case READ -> "read by " + read.parsed().parser() + ": " + ReportJson.toJson(read.parsed().report())
                    + read.parsed().problems();
            case UNREADABLE -> read.error() != null ? "refused: " + read.error().reason() + " " + read.error().getMessage()
                    : "unreadable: " + read.reason();
            case SKIPPED -> "skipped: " + read.reason();
        };
        if (read.kind() == DocumentCheck.Kind.SKIPPED || read.kind() == DocumentCheck.Kind.UNREADABLE && read.error() == null) {
            // skipped or not taken by any reader: Gongkai.parse must refuse it too (or find no template)
            return direct.startsWith("refused") ? null : batch + " | " + direct;
        }
        return batch.equals(direct) ? null : batch.substring(0, Math.min(200, batch.length())) + " | "
                + direct.substring(0, Math.min(200, direct.length()));
    }
}
