package dev.gongkai.examples;

import dev.gongkai.Gongkai;
import dev.gongkai.UnreadableDocumentException;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.FindingsJson;
import dev.gongkai.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validate every file of a folder with the library API and print one {@code gongkai.findings/1} object
 * per line (JSONL). A file that cannot be read becomes a {@code document.unreadable} finding; it never
 * stops the batch. ({@code gongkai check DIR} does this in parallel, with cross-year rules and reports.)
 *
 * <pre>java dev.gongkai.examples.BatchOverFolder corpus/seeds</pre>
 */
public final class BatchOverFolder {
    private BatchOverFolder() {}

    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), System.out);
    }

    /** Returns how many files were read as reports. */
    static int run(Path folder, PrintStream out) throws IOException {
        Validator validator = Validator.defaults(); // thread-safe; build it once
        int read = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String json;
                try {
                    var report = Gongkai.parse(file).report();
                    json = FindingsJson.toJson(file.toString(), report, validator.validate(report));
                    read++;
                } catch (UnreadableDocumentException e) {
                    json = FindingsJson.toJson(file.toString(), null, List.of(Finding.unreadable(e)));
                }
                out.println(json.replaceAll("\n\\s*", "")); // one object per line
            }
        }
        return read;
    }
}
