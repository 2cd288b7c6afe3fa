package dev.gongkai.parser.text;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.Problem;
import dev.gongkai.testkit.ReadingAudit;
import java.util.List;

/** The property tests' audit of a read table against the generated one: which cells are wrong. */
final class CellAudit {
    private CellAudit() {}

    /** The same cell for the tests ({@link ReadingAudit#same}). */
    static boolean same(Cell e, Cell a) {
        return ReadingAudit.same(e, a);
    }

    /**
     * Adds to {@code out} the cells that differ and are not a missing cell covered by a problem naming
     * its row; counts cells ({@code count[0]}) and cells read the same ({@code count[1]}) when
     * {@code count} is given.
     */
    static <R extends Enum<R> & Code, C extends Enum<C> & Code> void wrong(StatTable<R, C> expected,
            StatTable<R, C> actual, List<Problem> problems, List<String> out, long[] count) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                if (count != null) {
                    count[0]++;
                }
                if (same(e, a)) {
                    if (count != null) {
                        count[1]++;
                    }
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

    /** {@link ReadingAudit#certainty(StatTable, StatTable, long[], List)}. */
    static <R extends Enum<R> & Code, C extends Enum<C> & Code> void certainty(StatTable<R, C> expected,
            StatTable<R, C> actual, long[] count, List<String> wrong) {
        ReadingAudit.certainty(expected, actual, count, wrong);
    }
}
