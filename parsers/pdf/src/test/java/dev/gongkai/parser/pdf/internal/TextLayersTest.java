package dev.gongkai.parser.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.layout.page.Glyph;
import dev.gongkai.layout.page.PageLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The measure of a garbled text layer ({@link TextLayers}): the Ghostscript-distilled browser PDF is
 * garbled on every page; the project's good PDFs (the republished corpus: browser, Writer and Ghostscript
 * variants, and this module's fixtures) are not, on any page.
 */
class TextLayersTest {

    @Test
    void theRedistilledBrowserPdfIsGarbledOnEveryPage() throws IOException {
        List<PageLayout> pages = pages(resource("/fixtures/republished/gen-2021-00-chrome-gs.pdf"));
        assertThat(TextLayers.garbled(pages)).containsExactly(1, 2, 3);
    }

    @Test
    void goodPdfsAreNotFlagged() throws IOException {
        Map<String, Set<Integer>> flagged = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"../../corpus/republished", "src/test/resources/fixtures",
            "src/test/resources/fixtures/republished", "src/test/resources/fixtures/scans"}) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".pdf") && !p.toString().endsWith("-searchable.pdf")
                        && !p.toString().endsWith("-chrome-gs.pdf")).forEach(files::add);
            }
        }
        assertThat(files).as("good PDFs").hasSizeGreaterThan(30);
        for (Path f : files) {
            Set<Integer> g = TextLayers.garbled(pages(Files.readAllBytes(f)));
            if (!g.isEmpty()) {
                flagged.put(f.toString(), g);
            }
        }
        assertThat(flagged).as("good PDFs flagged garbled").isEmpty();
    }

    @Test
    void aFewAccentedLettersOnAPageAreNotDamage() {
        List<Glyph> page = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            page.add(glyph(String.valueOf((char) ('一' + i % 50))));
        }
        page.add(glyph("é")); // a foreign name, pinyin with tones
        page.add(glyph("ā"));
        page.add(glyph("×"));
        page.add(glyph("·"));
        assertThat(TextLayers.implausible(page)).isEqualTo(2);
        assertThat(TextLayers.garbled(List.of(layout(1, page)))).isEmpty();
        List<Glyph> damaged = new ArrayList<>(page);
        damaged.add(glyph("ÿ"));
        damaged.add(glyph("Ā"));
        damaged.add(glyph("ó"));
        assertThat(TextLayers.garbled(List.of(layout(1, damaged)))).as("6 of 307").containsExactly(1);
        assertThat(TextLayers.garbled(List.of(layout(1, damaged), layout(2, List.of(glyph("政"), glyph("ó"))),
                layout(3, List.of(glyph("政"))))))
                .as("a page with one such letter in a document with a garbled page").containsExactly(1, 2);
    }

    private static Glyph glyph(String s) {
        return new Glyph(s, 0, 0, 10, 10, 10);
    }

    private static PageLayout layout(int page, List<Glyph> glyphs) {
        return new PageLayout(page, 595, 842, glyphs, List.of(), false, 0);
    }

    private static List<PageLayout> pages(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return PageCollector.collect(d);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = TextLayersTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
