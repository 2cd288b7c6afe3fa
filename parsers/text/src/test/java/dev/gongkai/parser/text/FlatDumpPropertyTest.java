package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReportDiff;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.render.FlatRow;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.TextRenderer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crawler dumps (the whole body on one line) over seeded reports: the parse's tables equal the
 * report's, or every differing cell is MISSING and named by a reported problem — never a wrong number.
 * Prints the fraction of reports whose tables are fully decided. Failures list the seed.
 */
@Tag("slow")
class FlatDumpPropertyTest {

    private static final int COUNT = 600;

    private final TextReportParser parser = new TextReportParser();

    @Test
    void spaced() throws Exception {
        int decided = check(TextRenderer.flatSpaced(), 50_000, Rendering::bytes);
        // spaced dumps keep every cell boundary: all of them must be decided
        assertThat(decided).as("fully decided spaced dumps").isEqualTo(COUNT);
    }

    @Test
    void glued() throws Exception {
        int decided = check(TextRenderer.flat(), 70_000, Rendering::bytes);
        // blanks leave no trace and 3-cell rows of table 二 without arithmetic are often ambiguous, so
        // not every dump is decided; every row whose own arithmetic allows one split must be (below)
        assertThat(decided).as("fully decided glued dumps").isPositive();
    }

    @Test
    void gluedWithSomeCellsSpaced() throws Exception {
        // a space kept between some of a row's cells, at true cell boundaries only
        int decided = check(TextRenderer.flat(), 90_000, FlatDumpPropertyTest::spaceSomeCells);
        assertThat(decided).as("fully decided partly spaced dumps").isPositive();
    }

    /** The glued text with a space put at random between some cells of each row that is unique in it. */
    private static byte[] spaceSomeCells(Rendering doc) {
        String text = doc.text();
        SplitMix random = new SplitMix(doc.text().length());
        for (FlatRow row : doc.flatRows()) {
            String w = row.written();
            List<Integer> places = w.isEmpty() ? List.of() : bounded(text, w);
            if (row.cells().size() < 2 || places.size() != 1) {
                continue;
            }
            StringBuilder spaced = new StringBuilder(row.cells().get(0));
            for (String c : row.cells().subList(1, row.cells().size())) {
                spaced.append(random.nextInt(3) == 0 ? " " : "").append(c);
            }
            int at = places.get(0);
            text = text.substring(0, at) + spaced + text.substring(at + w.length());
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Where {@code w} stands in the text with no digit right before or after it. */
    private static List<Integer> bounded(String text, String w) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            if (isBounded(text, w, i)) {
                at.add(i);
            }
        }
        return at;
    }

    private static boolean isBounded(String text, String w, int at) {
        return (at == 0 || !isNumberChar(text.charAt(at - 1)))
                && (at + w.length() >= text.length() || !isNumberChar(text.charAt(at + w.length())));
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '．' || c == '-' || c == '－';
    }

    /** A tiny seeded generator, so the spacing is the same on every run. */
    private static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            state = seed;
        }

        int nextInt(int bound) {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return (int) Math.floorMod(z ^ (z >>> 31), (long) bound);
        }
    }

    private int check(TextRenderer renderer, long first, java.util.function.Function<Rendering, byte[]> bytes)
            throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        int decided = 0;
        for (long seed = first; seed < first + COUNT; seed++) {
            ReportGenerator g = generators.get((int) (seed % generators.size()));
            Report r = g.generate(seed);
            Rendering doc = renderer.render(r, RenderOptions.seeded(seed));
            ParseResult p = parser.parse(new ByteArrayInputStream(bytes.apply(doc)), ParseContext.defaults());
            count(r, p.report());
            if (ReportDiff.between(r, p.report(), false).isEmpty()) {
                decided++;
                continue;
            }
            List<String> wrong = new ArrayList<>();
            undecided(doc, p.report(), wrong);
            CellAudit.wrong(r.activeDisclosure(), p.report().activeDisclosure(), p.problems(), wrong, null);
            CellAudit.wrong(r.applications(), p.report().applications(), p.problems(), wrong, null);
            CellAudit.wrong(r.reviewLitigation(), p.report().reviewLitigation(), p.problems(), wrong, null);
            if (!wrong.isEmpty() && failures.size() < 6) {
                failures.add("seed " + seed + " " + g + " " + doc.variations() + "\n  "
                        + String.join("\n  ", wrong.subList(0, Math.min(6, wrong.size()))));
            }
        }
        System.out.printf("%s: %d of %d dumps fully decided (%.1f%%); cells read: %s%n", renderer, decided, COUNT,
                100.0 * decided / COUNT, cellsRead());
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

    private final long[] cells = new long[6];

    /** Counts, per table, the report's cells and those read exactly. */
    private void count(Report expected, Report actual) {
        count(expected.activeDisclosure(), actual.activeDisclosure(), 0);
        count(expected.applications(), actual.applications(), 2);
        count(expected.reviewLitigation(), actual.reviewLitigation(), 4);
    }

    private <R extends Enum<R> & Code, C extends Enum<C> & Code> void count(StatTable<R, C> e, StatTable<R, C> a, int i) {
        for (R row : e.rows()) {
            for (C column : e.columns(row)) {
                cells[i]++;
                cells[i + 1] += a.has(row, column) && CellAudit.same(e.cell(row, column), a.cell(row, column)) ? 1 : 0;
            }
        }
    }

    private String cellsRead() {
        String out = String.format("二 %.1f%%, 三 %.1f%%, 四 %.1f%%", 100.0 * cells[1] / cells[0],
                100.0 * cells[3] / cells[2], 100.0 * cells[5] / cells[4]);
        java.util.Arrays.fill(cells, 0);
        return out;
    }
}
