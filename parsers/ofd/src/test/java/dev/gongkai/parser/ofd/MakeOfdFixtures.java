package dev.gongkai.parser.ofd;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Report;
import dev.gongkai.parser.ofd.render.ReportOfdRenderer;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.page.ReportPages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the committed OFD fixtures with ofdrw's writer: the seeds' reports (the golden JSON of the
 * office fixtures made from them) and generated reports, laid out as organs' OFD exports (ruled tables
 * with merged header blocks, over page breaks, page footers), each beside its golden JSON. Run by hand:
 * {@code mvn -pl parsers/ofd -am verify -Dtest=MakeOfdFixtures -Dgongkai.make.fixtures=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; not run in CI.
 */
class MakeOfdFixtures {

    @Test
    @EnabledIfSystemProperty(named = "gongkai.make.fixtures", matches = "true")
    void make() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("parsers/office"))) {
            root = root.getParent();
        }
        Path office = root.resolve("parsers/office/src/test/resources/fixtures");
        Path out = root.resolve("parsers/ofd/src/test/resources/fixtures");
        Files.createDirectories(out);
        String[][] seeds = {{"zhangshu-2023", "1"}, {"jiguan-2020", "2"}, {"tonggu-2021-docx-named", "3"}};
        for (String[] s : seeds) {
            Report r = ReportJson.read(Files.readString(office.resolve(s[0] + ".json")));
            write(out, s[0].replace("-docx-named", ""), r, Long.parseLong(s[1]));
        }
        for (long seed = 101; seed <= 103; seed++) {
            Report r = Reports.generator().withBlanks().generate(seed);
            write(out, "generated-" + seed, r, seed);
        }
    }

    private static void write(Path out, String name, Report r, long seed) throws Exception {
        Files.write(out.resolve(name + ".ofd"), ReportOfdRenderer.render(r, ReportPages.Options.of(seed)));
        Files.writeString(out.resolve(name + ".json"), ReportJson.toJson(r));
    }
}
