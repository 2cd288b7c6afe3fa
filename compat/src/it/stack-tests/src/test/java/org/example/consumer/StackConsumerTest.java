package org.example.consumer;

import static dev.gongkai.testkit.GongkaiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.Gongkai;
import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportSource;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A system whose own stack pins Jackson 2, POI, PDFBox, JUnit and AssertJ at versions of its own: every
 * reader (text, HTML, Word, PDF) reads the bundled documents to their truth with those
 * versions, and the JSON and the testkit work. Shared by spring-boot-3 and other-versions; each passes
 * the versions its build resolved (expected.*), so a silent change of version is seen.
 */
class StackConsumerTest {

    private static final Path CORPUS = Path.of(System.getProperty("gongkai.corpus", "missing"));

    @Test
    void runsOnTheVersionsThisStackPins() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("expected.jackson"));
        assertThat(org.apache.poi.Version.getVersion()).isEqualTo(System.getProperty("expected.poi"));
        assertThat(org.apache.pdfbox.util.Version.getVersion()).isEqualTo(System.getProperty("expected.pdfbox"));
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(System.getProperty("expected.junit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "republished/gen-2019-01-word.docx",
        "republished/gen-2019-01-word97.doc",
        "republished/000_caa70d9250cb3ad4-ruled-gs.pdf",
        "republished/000_caa70d9250cb3ad4-gbk.txt"})
    void readsTheBundledDocumentToItsTruth(String name) throws Exception {
        Path doc = CORPUS.resolve(name);
        String base = name.substring(0, name.lastIndexOf('.'));
        String truth = Files.readString(CORPUS.resolve(base + ".expected.json"));
        ParseResult parsed = Gongkai.parse(doc);
        assertThat(parsed.report()).matchesGolden(truth);
        String findings = FindingsJson.toJson(name, parsed.report(), Validator.defaults().validate(parsed.report()));
        assertThat(findings).contains("gongkai.findings/1");
    }

    @ParameterizedTest
    @ReportSource(count = 8, seed = 77)
    void aGeneratedPageParsesBackAndItsJsonRoundTrips(Report report, long seed) throws Exception {
        Rendering page = HtmlRenderer.standard().render(report, RenderOptions.plain());
        Report parsed = Gongkai.parse(new ByteArrayInputStream(page.bytes()), ParseContext.defaults()).report();
        assertThat(parsed).as("seed %d", seed).hasSameTablesAndMetadataAs(report);
        assertThat(ReportJson.read(ReportJson.toJson(parsed))).hasSameContentAs(parsed);
    }
}
