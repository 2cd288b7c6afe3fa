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
import dev.gongkai.testkit.render.FlatRow;
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

    @Test
    void glued() throws Exception {
        int decided = check(TextRenderer.flat(), 70_000);
        // blanks leave no trace and 3-cell rows of table 二 without arithmetic are often ambiguous, so
        // not every dump is decided; every row whose own arithmetic allows one split must be (below)
        assertThat(decided).as("fully decided glued dumps").isPositive();
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
            undecided(doc, p.report(), wrong);
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

    /**
     * Rows that the dump lets only one way (a single split fits the row's own arithmetic, see {@link
     * Rendering#flatRows()}) but that were not read: the table-wide search may only narrow, never lose.
     * Dumps that lost cells (a blank, or a row that fits no split) are exempt, and so are table 二's rows
     * of several cells.
     */
    private static void undecided(Rendering doc, Report parsed, List<String> out) {
        if (doc.flatRows().stream().anyMatch(r -> r.candidates() < 1)) {
            return; // a blank cell left no trace: the reader must then keep none of the dump's glued rows
        }
        for (FlatRow row : doc.flatRows()) {
            // a table 二 row of several cells has no arithmetic: it may also read as fewer cells with a
            // blank that left no trace, which the reader reports instead of guessing
            if (row.candidates() != 1 || (row.table().equals("active_disclosure") && row.cells().size() > 1)) {
                continue;
            }
            boolean read = switch (row.table()) {
                case "active_disclosure" -> parsed.activeDisclosure().rows().stream().filter(x -> x.code().equals(row.row()))
                        .allMatch(x -> parsed.activeDisclosure().columns(x).stream()
                                .allMatch(c -> parsed.activeDisclosure().cell(x, c).raw() != null));
                case "applications" -> parsed.applications().rows().stream().filter(x -> x.code().equals(row.row()))
                        .allMatch(x -> parsed.applications().columns(x).stream()
                                .allMatch(c -> parsed.applications().cell(x, c).raw() != null));
                default -> parsed.reviewLitigation().rows().stream().allMatch(x -> parsed.reviewLitigation().columns(x)
                        .stream().allMatch(c -> parsed.reviewLitigation().cell(x, c).raw() != null));
            };
            if (!read) {
                out.add(row.table() + "/" + row.row() + ": '" + row.written() + "' splits one way only but was not read");
            }
        }
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
