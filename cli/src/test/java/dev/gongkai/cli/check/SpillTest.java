package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spills lie in the folder given, and a batch starting deletes the spills no living process holds (those a
 * killed batch left) but never a spill in use. The kill itself is in {@code ResumeTest}.
 */
class SpillTest {

    @TempDir
    Path dir;

    @Test
    void aSpillLiesInItsFolderAndCleaningKeepsLiveSpillsAndDeletesStaleOnes() throws Exception {
        Path folder = dir.resolve("out/.gongkai");
        Path stale = Files.createDirectories(folder).resolve(Spill.PREFIX + "keys-1234" + Spill.SUFFIX);
        Files.write(stale, new byte[] {1, 2, 3}); // as a batch killed outright leaves it: no process holds it
        Path other = Files.writeString(folder.resolve("journal-1.tsv"), "{}\n");
        try (Spill live = new Spill(folder, "keys")) {
            byte[] raw = "a record".getBytes(StandardCharsets.UTF_8);
            long at = live.append(Spill.deflate(raw), raw.length);
            live.flush();
            assertThat(live.file().getParent()).isEqualTo(folder);

            assertThat(Spill.clean(folder)).isEqualTo(1);
            assertThat(stale).doesNotExist();
            assertThat(live.file()).exists();
            assertThat(other).exists();
            assertThat(live.read(at)).isEqualTo(raw);
            live.close();
            assertThat(live.file()).doesNotExist();
        }
        assertThat(Spill.clean(folder)).isZero();
        assertThat(Spill.clean(dir.resolve("none"))).isZero();
    }

    @Test
    void aCrossYearPassSpillsToItsFolder() throws Exception {
        Path folder = dir.resolve("spills");
        try (CrossYear pass = new CrossYear(folder)) {
            pass.add(YearKey.of("a.json", dev.gongkai.testkit.Reports.generator().generate(1), Status.OK));
            try (var s = Files.list(folder)) {
                assertThat(s.map(f -> f.getFileName().toString())).singleElement()
                        .satisfies(f -> assertThat(f).startsWith("gongkai-keys-").endsWith(".spill"));
            }
        }
        try (var s = Files.list(folder)) {
            assertThat(s).isEmpty();
        }
    }
}
