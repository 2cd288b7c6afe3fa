package dev.gongkai.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Benchmark inputs: the bundled seeds, found from the working directory (the repository root or benchmarks/). */
final class Inputs {
    private Inputs() {}

    static Path seedsDir() {
        for (Path p : new Path[] {Path.of("corpus/seeds"), Path.of("../corpus/seeds")}) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("run from the repository root: corpus/seeds not found");
    }

    static InputStream seed(String name) throws IOException {
        return Files.newInputStream(seedsDir().resolve(name));
    }

    static byte[] seedBytes(String name) throws IOException {
        return Files.readAllBytes(seedsDir().resolve(name));
    }
}
