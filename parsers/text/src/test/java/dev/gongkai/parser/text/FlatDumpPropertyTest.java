package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.Problem;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Crawler dumps (the whole body on one line) over seeded reports: the parse's tables equal the
 * report's, or every differing cell is MISSING and named by a reported problem — never a wrong number.
 * Prints the fraction of reports whose tables are fully decided. Failures list the seed.
 */
class FlatDumpPropertyTest {

    private static final int COUNT = 600;

    private final TextReportParser parser = new TextReportParser();

    @Test
    void spaced() throws Exception {
        int decided = check(TextRenderer.flatSpaced(), 50_000);
        // spaced dumps keep every cell boundary: all of them must be decided
        assertThat(decided).as("fully decided spaced dumps").isEqualTo(COUNT);
    }

    private int check(TextRenderer renderer, long first) throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int decided = 0;
        for (long seed = first; seed < first + COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report r = g.generate(seed);
            Rendering doc = renderer.render(r, RenderOptions.seeded(seed));
            ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
            if (ReportDiff.between(r, p.report(), false).isEmpty()) {
                decided++;
                continue;
            }
            List<String> wrong = new ArrayList<>();
            wrong(r.activeDisclosure(), p.report().activeDisclosure(), p.problems(), wrong);
            wrong(r.applications(), p.report().applications(), p.problems(), wrong);
            wrong(r.reviewLitigation(), p.report().reviewLitigation(), p.problems(), wrong);
            if (!wrong.isEmpty() && failures.size() < 6) {
                failures.add("seed " + seed + " " + g + " " + doc.variations() + "\n  "
                        + String.join("\n  ", wrong.subList(0, Math.min(6, wrong.size()))));
            }
        }
        System.out.printf("%s: %d of %d dumps fully decided (%.1f%%)%n", renderer, decided, COUNT,
                100.0 * decided / COUNT);
        assertThat(failures).as(renderer + ": cells read wrong or dropped silently").isEmpty();
        return decided;
    }

    /** Cells that differ and are not a MISSING cell covered by a problem naming its row. */
    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void wrong(StatTable<R, C> expected,
            StatTable<R, C> actual, List<Problem> problems, List<String> out) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                if (same(e, a)) {
                    continue;
                }
                boolean covered = a.raw() == null
                        && problems.stream().anyMatch(pr -> pr.message().contains(row.code()));
                if (!covered) {
                    out.add(expected.id() + "/" + row.code() + "/" + column.code() + ": expected " + e
                            + ", read " + a);
                }
            }
        }
    }

    private static boolean same(Cell e, Cell a) {
        if (e.value() == null || a.value() == null) {
            return e.value() == null && a.value() == null && (e.raw() == null) == (a.raw() == null);
        }
        return e.value().compareTo(a.value()) == 0 && Objects.equals(e.isBlank(), a.isBlank());
    }
}
