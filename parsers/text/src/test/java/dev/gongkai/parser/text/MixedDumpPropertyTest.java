package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.model.TableId;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crawler dumps with mixed spacing ({@link TextRenderer#flatMixed()}: some boundaries a space, some
 * nothing, row labels run into their numbers, headings run into the table text) over seeded reports of
 * both editions, with and without blank cells: every cell is read as the report has it, or is left
 * missing or marked uncertain — never a wrong value read as certain; the tables of sections 二, 三 and
 * 四 are found; and validating these consistent reports gives no ERROR. Prints the share of cells
 * recovered. Failures list the seed.
 */
@Tag("slow")
class MixedDumpPropertyTest {

    private static final int COUNT = 300;
    private static final long FIRST = 110_000;

    private final TextReportParser parser = new TextReportParser();
    private final Validator validator = Validator.defaults();

    @Test
    void mixedSpacingIsReadOrSaidUncertainNeverWrong() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        long[] cells = new long[6];
        int exact = 0;
        for (long seed = FIRST; seed < FIRST + COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report expected = g.generate(seed);
            Rendering doc = TextRenderer.flatMixed().render(expected, RenderOptions.seeded(seed));
            ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
            Report read = p.report();
            List<String> wrong = new ArrayList<>();
            audit(expected.activeDisclosure(), read.activeDisclosure(), wrong, cells, 0);
            audit(expected.applications(), read.applications(), wrong, cells, 2);
            audit(expected.reviewLitigation(), read.reviewLitigation(), wrong, cells, 4);
            for (TableId t : TableId.values()) {
                if (!read.structure().tablesFound().contains(t)) {
                    wrong.add("table " + t.code() + " not found"
                            + (read.structure().tablesUnmapped().containsKey(t) ? " (unmapped)" : ""));
                }
            }
            for (Finding f : validator.validate(read)) {
                if (f.severity() == Severity.ERROR) {
                    wrong.add("ERROR " + f.rule() + " " + f.message(java.util.Locale.ENGLISH));
                }
            }
            exact += wrong.isEmpty() && dev.gongkai.model.ReportDiff.between(expected, read, false).isEmpty() ? 1 : 0;
            if (!wrong.isEmpty() && failures.size() < 8) {
                failures.add("seed " + seed + " " + g + " " + doc.variations() + "\n  "
                        + String.join("\n  ", wrong.subList(0, Math.min(6, wrong.size()))));
            }
        }
        System.out.printf("mixed-spacing dumps: %d of %d read exactly; cells recovered: 二 %.1f%%, 三 %.1f%%, 四 %.1f%%%n",
                exact, COUNT, 100.0 * cells[1] / cells[0], 100.0 * cells[3] / cells[2], 100.0 * cells[5] / cells[4]);
        assertThat(failures).as("cells read wrong as certain, or ERROR findings, on consistent reports").isEmpty();
    }

    /**
     * Adds the cells read wrong and certain; counts cells ({@code count[i]}) and those read the same
     * ({@code count[i + 1]}).
     */
    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void audit(StatTable<R, C> expected,
            StatTable<R, C> actual, List<String> out, long[] count, int i) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                count[i]++;
                if (CellAudit.same(e, a) && a.isCertain()) {
                    count[i + 1]++;
                } else if (!CellAudit.same(e, a) && a.isCertain() && !a.isMissing()) {
                    out.add(expected.id() + "/" + row.code() + "/" + column.code() + ": expected " + e + ", read " + a);
                }
            }
        }
    }
}
