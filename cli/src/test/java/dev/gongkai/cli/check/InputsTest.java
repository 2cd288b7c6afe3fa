package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void aLinkToAFileIsReadAsTheFileAndALinkToAFolderIsNotEntered() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.txt"), "x");
        Files.writeString(elsewhere.resolve("b.txt"), "y");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("own.txt"), "z");
        Files.createSymbolicLink(in.resolve("linked.txt"), elsewhere.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("folder"), elsewhere);
        Files.createSymbolicLink(in.resolve("loop"), in);
        Files.createSymbolicLink(in.resolve("dangling.txt"), dir.resolve("gone.txt"));
        List<String> seen = new ArrayList<>();
        new Inputs(List.of(in), null, List.of()).walk(i -> seen.add(i.outName()));
        assertThat(seen).containsExactly("in/linked.txt", "in/own.txt");
    }
}
