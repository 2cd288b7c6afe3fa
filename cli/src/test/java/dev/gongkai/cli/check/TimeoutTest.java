package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.cli.Main;
import dev.gongkai.json.ReportJson;
import dev.gongkai.testkit.Reports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@code --timeout}: a file whose reader never returns ({@link SpinParser}) is unreadable, and the batch goes on. */
class TimeoutTest {

    @TempDir
    Path dir;

    @AfterAll
    static void release() {
        SpinParser.release();
    }

    @Test
    void aReaderThatSpinsForeverTimesOutAndTheBatchGoesOn() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 8; i++) {
            Files.writeString(in.resolve("r" + i + ".json"), ReportJson.toJson(Reports.generator().generate(300 + i)));
        }
        Files.writeString(in.resolve("a.spin"), "spins");
        Files.writeString(in.resolve("m.spin"), "spins too");
        Path out = dir.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(new String[] {"check", in.toString(),
            "--out", out.toString(), "--timeout", "1", "--jobs", "2", "--progress", "none", "-q", "--lang", "en"},
                new PrintWriter(o), new PrintWriter(err)));
        assertThat(code).as(err.toString()).isEqualTo(Main.FINDINGS);
        assertThat(o.toString()).contains("checked 10 files", "unreadable 2");
        String csv = Files.readString(out.resolve("summary.csv"));
        assertThat(csv).contains("a.spin,,,,,1,0,0,unreadable,timed out after 1 s", "m.spin,,,,,1,0,0,unreadable,timed out after 1 s");
        assertThat(csv.lines().filter(l -> l.contains(".json,")).count()).isEqualTo(8);
        assertThat(Files.readString(out.resolve("findings.jsonl")))
                .contains("\"rule\":\"document.unreadable\"", "timed out after 1 s");
        assertThat(SpinParser.spinning()).as("the abandoned readers are still spinning: nothing could stop them").isEqualTo(2);
    }

    @Test
    void timeoutMustNotBeNegative() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"check", dir.toString(), "--timeout", "-1"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--timeout");
    }
}
