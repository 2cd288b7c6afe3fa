package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table the document plainly holds (its section's heading and its numbers) whose rows the reader
 * cannot map is {@code reading.uncertain}, not {@code structure.tables}; a document without the table
 * keeps its {@code structure.tables} ERROR. Over seeded reports in the tab shape.
 */
class UnmappedTableTest {

    private final TextReportParser parser = new TextReportParser();

    private List<Finding> validate(String text) throws Exception {
        ParseResult p = parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ParseContext.defaults());
        return Validator.defaults().validate(p.report());
    }

    @Test
    void aTableWhoseRowLabelsAreUnreadableIsUncertainNotMissing() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Report r = Reports.generator().generate(seed);
            String text = TextRenderer.tabs().render(r, RenderOptions.plain()).text();
            int i = 0;
            for (ApplicationRow row : ApplicationRow.values()) {
                text = text.replace("\t" + row.label() + "\n", "\t第" + (++i) + "栏\n");
            }
            ParseResult p = parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    ParseContext.defaults());
            assertThat(p.report().structure().tablesUnmapped()).as("seed " + seed).containsKey(TableId.APPLICATIONS);
            List<Finding> f = Validator.defaults().validate(p.report());
            assertThat(f).as("seed " + seed).noneMatch(x -> x.rule().equals("structure.tables"));
            assertThat(f).as("seed " + seed).anyMatch(x -> x.rule().equals("reading.uncertain")
                    && "applications".equals(x.location().table()) && x.location().row() == null);
        }
    }

    @Test
    void aDocumentWithoutTheTableKeepsItsError() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Report r = Reports.generator().generate(seed);
            String text = TextRenderer.tabs().render(r, RenderOptions.plain()).text();
            int from = text.indexOf("三、收到和处理政府信息公开申请情况");
            int to = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
            assertThat(from).isPositive();
            String cut = text.substring(0, from) + text.substring(to);
            assertThat(validate(cut)).as("seed " + seed)
                    .anyMatch(x -> x.rule().equals("structure.tables") && x.severity() == Severity.ERROR
                            && "applications".equals(x.location().table()));
        }
    }
}
