package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.GongkaiAssertions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Parses a document and compares it field by field with a golden canonical JSON (less sections). */
final class Golden {

    private Golden() {}

    static byte[] resource(String path) throws IOException {
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }

    static ParseResult parse(byte[] doc, String name) throws IOException {
        return new TextReportParser().parse(new ByteArrayInputStream(doc), ParseContext.defaults().withFileName(name));
    }

    static void check(String name, ParseResult result, byte[] expectedJson) {
        GongkaiAssertions.assertThat(result.report()).as(name).matchesGolden(new String(expectedJson, StandardCharsets.UTF_8));
    }
}
