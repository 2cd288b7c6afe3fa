package dev.gongkai.testkit;

import dev.gongkai.spi.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Tests as data: a folder of documents, each beside its golden canonical JSON ({@code name.ext} and
 * {@code name.json}), read and compared one dynamic test a document (needs JUnit Jupiter and AssertJ).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> fixtures() {
 *     return Fixtures.golden(Fixtures.resources(getClass(), "/fixtures"), 10, Gongkai::parse,
 *             (name, result) -> assertThat(result.parser()).isEqualTo("odt"));
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class Fixtures {

    /** Reads one document. */
    @FunctionalInterface
    public interface Read {
        ParseResult read(Path document) throws Exception;
    }

    /** What else a test asks of one document's result, beyond its golden JSON. */
    @FunctionalInterface
    public interface Check {
        void check(String fileName, ParseResult result) throws Exception;

        /** Nothing else. */
        static Check none() {
            return (name, result) -> { };
        }
    }

    private Fixtures() {}

    /** A folder of the test class path (a test module's {@code src/test/resources/...}) as a path. */
    public static Path resources(Class<?> anchor, String folder) {
        URL url = anchor.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no folder " + folder + " on the class path of " + anchor.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    /**
     * One dynamic test for each document in {@code dir} (every file but the {@code .json} ones, by name):
     * the document is read by {@code read}, its report must
     * {@link ReportAssert#matchesGolden match the golden JSON} of the same name beside it, and then pass
     * {@code also}.
     *
     * @param atLeast the fewest documents the folder must hold (fixtures lost fail the test, not skip it)
     */
    public static Stream<DynamicTest> golden(Path dir, int atLeast, Read read, Check also) {
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (docs.size() < atLeast) {
            throw new AssertionError(dir + " holds " + docs.size() + " documents, fewer than " + atLeast);
        }
        return docs.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            String name = doc.getFileName().toString();
            Path json = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            ParseResult result = read.read(doc);
            GongkaiAssertions.assertThat(result.report()).as(name)
                    .matchesGolden(Files.readString(json, StandardCharsets.UTF_8));
            also.check(name, result);
        }));
    }
}
