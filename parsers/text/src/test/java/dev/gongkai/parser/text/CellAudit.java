package dev.gongkai.parser.text;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.Problem;
import java.util.List;
import java.util.Objects;

/** The property tests' audit of a read table against the generated one: which cells are wrong. */
final class CellAudit {
    private CellAudit() {}

    /** The same cell for the tests: equal values (any scale) and blank marks, or both without a value and alike in having raw text. */
    static boolean same(Cell e, Cell a) {
        if (e.value() == null || a.value() == null) {
            return e.value() == null && a.value() == null && (e.raw() == null) == (a.raw() == null);
        }
        return e.value().compareTo(a.value()) == 0 && Objects.equals(e.isBlank(), a.isBlank());
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

    /**
     * Sorts every cell of a read table against the generated one: {@code count[0]} cells, {@code [1]}
     * read the same, {@code [2]} not the same but marked uncertain, {@code [3]} not the same and left
     * plainly missing, {@code [4]} not the same and certain (a wrong value the reader vouches for, added
     * to {@code wrong}).
     */
    static <R extends Enum<R> & Code, C extends Enum<C> & Code> void certainty(StatTable<R, C> expected,
            StatTable<R, C> actual, long[] count, List<String> wrong) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                count[0]++;
                int k = same(e, a) ? 1 : !a.isCertain() ? 2 : a.isMissing() ? 3 : 4;
                count[k]++;
                if (k == 4) {
                    wrong.add(expected.id() + "/" + row.code() + "/" + column.code() + ": expected " + e + ", read " + a);
                }
            }
        }
    }
}
