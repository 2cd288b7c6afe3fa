package dev.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("parse", "validate", "Exit codes");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("gongkai ");
        assertThat(run("parse", "--help").out()).contains("FILE");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().code()).isEqualTo(Main.USAGE);
        Run bad = run("--no-such-option");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("gongkai:");
        assertThat(run("parse").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void missingFileExitsTwoWithAMessage() {
        Run r = run("parse", "/no/such/file.txt");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void parsesCanonicalJson(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.json");
        Files.writeString(f, dev.gongkai.json.ReportJson.toJson(
                dev.gongkai.model.Report.builder(dev.gongkai.model.Edition.E2021).organ("樟树市").year(2023).build()));
        Run r = run("parse", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"organ\": \"樟树市\"", "\"schema\": \"gongkai.report/1\"");
    }

    @Test
    void unreadableFileExitsTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("junk.bin");
        Files.write(f, new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 9});
        Run r = run("parse", f.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("junk.bin");
    }
}
