package dev.gongkai.layout.internal.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Generates consistent tables, glues their digits as crawler dumps do, and checks that the splitter
 * returns exactly the generated values or reports the row — never a wrong value. Prints how often it
 * decides. A failing case prints its seed; replay it with {@code -Dsplit.seed=N}.
 */
@Tag("slow")
class ArithmeticSplitterPropertyTest {
    private static final int CASES = 1500;
    private static final long BASE = Long.getLong("split.seed", 20261123L);

    @Test
    void sparseApplicationsAreSplitRightOrReported() {
        applications(false);
    }

    @Test
    void denseApplicationsAreSplitRightOrReported() {
        applications(true);
    }

    private static void applications(boolean dense) {
        int tables = 0;
        int decidedTables = 0;
        int rows = 0;
        int decidedRows = 0;
        int[] fullByGlue = new int[3];
        int[] tablesByGlue = new int[3];
        for (int i = 0; i < CASES; i++) {
            long seed = BASE + i;
            Random rnd = new Random(seed);
            Edition edition = rnd.nextBoolean() ? Edition.E2021 : Edition.E2019;
            boolean collapsed = edition == Edition.E2019 || rnd.nextInt(5) == 0;
            Map<ApplicationRow, long[]> table = Generators.applications(rnd, edition, collapsed, dense);
            Map<ApplicationRow, List<String>> tokens = new LinkedHashMap<>();
            int glue = rnd.nextInt(3);
            table.forEach((row, v) -> tokens.put(row, Generators.glue(rnd, Generators.texts(v), glue)));
            SplitResult<ApplicationRow> result = ArithmeticSplitter.applications(tokens, edition);
            checkRows(seed, table, tokens, result);
            tables++;
            rows += table.size();
            decidedRows += result.values().size();
            decidedTables += result.values().size() == table.size() ? 1 : 0;
            fullByGlue[glue] += result.values().size() == table.size() ? 1 : 0;
            tablesByGlue[glue]++;
        }
        System.out.printf("applications (%s): %d/%d tables fully decided (%.1f%%), %d/%d rows (%.1f%%)%n",
                dense ? "dense" : "sparse", decidedTables, tables, 100.0 * decidedTables / tables, decidedRows, rows, 100.0 * decidedRows / rows);
        System.out.printf("  fully decided by gluing: all %d/%d, some spaces %d/%d, mostly spaced %d/%d%n",
                fullByGlue[0], tablesByGlue[0], fullByGlue[1], tablesByGlue[1], fullByGlue[2], tablesByGlue[2]);
        assertThat(decidedRows).as("rows decided").isGreaterThan(rows / 2);
        if (!dense) {
            assertThat(decidedTables).as("tables fully decided").isGreaterThan(tables * 9 / 10);
        }
    }

    @Test
    void reviewGroupsAreSplitRightOrReported() {
        int groups = 0;
        int decided = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = BASE + i;
            Random rnd = new Random(seed);
            List<String> cells = new ArrayList<>();
            Map<ReviewGroup, long[]> expected = new LinkedHashMap<>();
            for (ReviewGroup g : ReviewGroup.all()) {
                long[] v = new long[5];
                for (int c = 0; c < 4; c++) {
                    v[c] = Generators.count(rnd);
                    v[4] += v[c];
                }
                expected.put(g, v);
                cells.addAll(Generators.texts(v));
            }
            List<String> tokens = Generators.glue(rnd, cells, rnd.nextInt(3));
            SplitResult<ReviewGroup> result = ArithmeticSplitter.reviewLitigation(tokens);
            checkRows(seed, expected, Map.of(), result);
            groups += 3;
            decided += result.values().size();
        }
        System.out.printf("review_litigation: %d/%d groups decided (%.1f%%)%n", decided, groups, 100.0 * decided / groups);
        assertThat(decided).isGreaterThan(groups / 2);
    }

    @Test
    void activeRowsAreSplitRightOrReported() {
        int rows = 0;
        int decided = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = BASE + i;
            Random rnd = new Random(seed);
            Edition edition = rnd.nextBoolean() ? Edition.E2021 : Edition.E2019;
            Map<ActiveRow, List<String>> tokens = new LinkedHashMap<>();
            Map<ActiveRow, List<BigDecimal>> expected = new LinkedHashMap<>();
            for (ActiveRow r : ActiveRow.rows(edition)) {
                List<String> cells = new ArrayList<>();
                List<BigDecimal> values = new ArrayList<>();
                for (ActiveColumn c : r.columns(edition)) {
                    String text = Generators.activeCell(rnd, c);
                    cells.add(text);
                    values.add(new BigDecimal(text));
                }
                tokens.put(r, Generators.glue(rnd, cells, rnd.nextInt(3)));
                expected.put(r, values);
            }
            SplitResult<ActiveRow> result = ArithmeticSplitter.activeDisclosure(tokens, edition);
            for (Map.Entry<ActiveRow, List<BigDecimal>> e : result.values().entrySet()) {
                if (!e.getValue().equals(expected.get(e.getKey()))) {
                    fail("seed %d: %s split %s into %s, expected %s", seed, e.getKey().code(),
                            tokens.get(e.getKey()), e.getValue(), expected.get(e.getKey()));
                }
            }
            assertThat(result.values().size() + result.problems().size()).as("seed %d", seed).isEqualTo(expected.size());
            rows += expected.size();
            decided += result.values().size();
        }
        System.out.printf("active_disclosure: %d/%d rows decided (%.1f%%)%n", decided, rows, 100.0 * decided / rows);
        assertThat(decided).isGreaterThan(rows / 2);
    }

    private static <R extends dev.gongkai.model.Code> void checkRows(long seed, Map<R, long[]> expected,
            Map<R, List<String>> tokens, SplitResult<R> result) {
        for (Map.Entry<R, List<BigDecimal>> e : result.values().entrySet()) {
            List<BigDecimal> want = new ArrayList<>();
            for (long v : expected.get(e.getKey())) {
                want.add(BigDecimal.valueOf(v));
            }
            if (!e.getValue().equals(want)) {
                fail("seed %d: %s %s split into %s, expected %s", seed, e.getKey().code(), tokens.get(e.getKey()),
                        e.getValue(), want);
            }
        }
        for (R row : expected.keySet()) {
            if (!result.values().containsKey(row)) {
                assertThat(result.problems()).extracting(Problem::message)
                        .as("seed %d: undecided %s must be reported", seed, row.code())
                        .anySatisfy(m -> assertThat(m).contains(row.code()));
            }
        }
    }
}
