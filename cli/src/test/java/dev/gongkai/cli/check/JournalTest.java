package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's edge cases: a line cut short by a kill, a configuration that changed, several interrupted resumes. */
class JournalTest {

    @TempDir
    Path dir;

    static Journal.Entry entry(String outName, String hash) {
        String source = "in/" + outName;
        return new Journal.Entry(outName, hash, "{\"source\":\"" + source + "\"}", source + ",,,,,0,0,0,skipped,why,0",
                "{\"source\":\"" + source + "\",\"status\":\"SKIPPED\",\"reason\":\"why\\tnot\"}", "null");
    }

    /** Out names compared as a walk orders them: one root, names compared as strings. */
    static int order(String a, String b) {
        return a.compareTo(b);
    }

    @Test
    void entriesComeBackAsWrittenAndALineCutShortIsIgnored() throws IOException {
        try (Journal j = Journal.open(dir, "conf", false)) {
            j.append(entry("r/a", "h1"));
            j.append(entry("r/b", "h2"));
            j.append(entry("r/c", "h3"));
        }
        Path file = dir.resolve(".gongkai/journal-1.tsv");
        byte[] all = Files.readAllBytes(file);
        int lastLine = lastIndexOf(all, (byte) '\n', all.length - 2) + 1;
        Files.write(file, Arrays.copyOf(all, lastLine + (all.length - lastLine) / 2));

        Journal resumed = Journal.open(dir, "conf", true);
        assertThat(resumed.resuming()).isTrue();
        assertThat(resumed.earlier("r/a", JournalTest::order)).isEqualTo(entry("r/a", "h1"));
        assertThat(resumed.earlier("r/b", JournalTest::order).row().reason()).isEqualTo("why\tnot");
        assertThat(resumed.earlier("r/c", JournalTest::order)).as("the line cut short").isNull();
        resumed.close();
    }

    @Test
    void aLineThatIsWholeButNotAnEntryEndsWhatIsRead() throws IOException {
        try (Journal j = Journal.open(dir, "conf", false)) {
            j.append(entry("r/a", "h1"));
        }
        Path file = dir.resolve(".gongkai/journal-1.tsv");
        Files.writeString(file, "\"r/b\"\t\"h2\"\tnull\nAAAA\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal.Reader r = new Journal.Reader(file)) {
            assertThat(r.next()).isEqualTo(entry("r/a", "h1"));
            assertThat(r.next()).isNull();
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void entriesAreCompressedAndKeysComeBackWhole() throws IOException {
        YearKey key = new YearKey("in/r/a", new dev.gongkai.validation.ReportDigest("樟树市人民政府", 2023, "2021", false,
                "", "v1\u001e\u001fdoubt\u001eb\u001e"), Status.WARNING);
        Journal.Entry big = new Journal.Entry("r/a", "h1", "{\"source\":\"in/r/a\"}", "in/r/a,,,,,0,0,0,ok,,0",
                "{\"source\":\"in/r/a\",\"status\":\"OK\"}", Journal.Entry.key(key));
        try (Journal j = Journal.open(dir, "conf", false)) {
            for (int n = 0; n < 100; n++) {
                j.append(big);
            }
        }
        Path file = dir.resolve(".gongkai/journal-1.tsv");
        try (Journal.Reader r = new Journal.Reader(file)) {
            for (int n = 0; n < 100; n++) {
                assertThat(r.next().key()).isEqualTo(key);
            }
            assertThat(r.next()).isNull();
        }
        assertThat(Files.size(file)).as("a hundred alike entries").isLessThan(100L * big.record().length / 4);
    }

    private static int lastIndexOf(byte[] b, byte v, int from) {
        for (int i = from; i >= 0; i--) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aJournalOfAnotherConfigurationIsNeverReadAndIsDeleted() throws IOException {
        try (Journal j = Journal.open(dir, "conf-a", false)) {
            j.append(entry("r/a", "h1"));
        }
        try (Journal j = Journal.open(dir, "conf-b", true)) {
            assertThat(j.resuming()).isFalse();
            assertThat(j.earlier("r/a", JournalTest::order)).isNull();
        }
        assertThat(names()).containsExactly("journal-2.tsv");
        assertThat(Journal.header(dir.resolve(".gongkai/journal-2.tsv"))).isEqualTo("conf-b");
    }

    @Test
    void withoutResumeEarlierJournalsAreDropped() throws IOException {
        try (Journal j = Journal.open(dir, "conf", false)) {
            j.append(entry("r/a", "h1"));
        }
        try (Journal j = Journal.open(dir, "conf", false)) {
            assertThat(j.resuming()).isFalse();
        }
        assertThat(names()).containsExactly("journal-2.tsv");
    }

    @Test
    void aResumeThatWasItselfInterruptedIsResumedFromEveryGenerationTheNewestFirst() throws IOException {
        try (Journal j = Journal.open(dir, "conf", false)) {
            for (String n : List.of("r/a", "r/b", "r/c", "r/d")) {
                j.append(entry(n, "old-" + n));
            }
        }
        // the first resume got as far as r/b (and found r/b changed) before it was killed
        try (Journal j = Journal.open(dir, "conf", true)) {
            assertThat(j.earlier("r/a", JournalTest::order).hash()).isEqualTo("old-r/a");
            j.append(entry("r/a", "old-r/a"));
            j.append(entry("r/b", "new-r/b"));
        }
        Journal j = Journal.open(dir, "conf", true);
        List<String> hashes = new ArrayList<>();
        for (String n : List.of("r/a", "r/b", "r/bb", "r/c", "r/d", "r/e")) {
            Journal.Entry e = j.earlier(n, JournalTest::order);
            hashes.add(e == null ? null : e.hash());
        }
        assertThat(hashes).containsExactly("old-r/a", "new-r/b", null, "old-r/c", "old-r/d", null);
        j.append(entry("r/a", "x"));
        j.close();
        j.dropOlder();
        assertThat(names()).containsExactly("journal-3.tsv");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve(".gongkai"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
