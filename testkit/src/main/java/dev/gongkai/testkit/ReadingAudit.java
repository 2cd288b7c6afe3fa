package dev.gongkai.testkit;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import java.util.List;

/**
 * How a reading of a document compares with the report it was rendered from, cell by cell, as the
 * property tests of a reader need it: which cells were read the same, which the reader marked uncertain,
 * which it left plainly missing, and which it read wrong yet vouches for — the one kind a trustworthy
 * reader never gives.
 *
 * <pre>{@code
 * long[] count = new long[ReadingAudit.SIZE];
 * List<String> wrong = new ArrayList<>();
 * ReadingAudit.certainty(generated, parsed.report(), count, wrong);
 * assertThat(count[ReadingAudit.WRONG_AND_CERTAIN]).isZero();
 * }</pre>
 *
 * @since 0.2
 */
public final class ReadingAudit {

    /** Index of the count of cells audited. */
    public static final int CELLS = 0;
    /** Index of the count of cells read the same. */
    public static final int SAME = 1;
    /** Index of the count of cells not read the same but marked uncertain. */
    public static final int UNCERTAIN = 2;
    /** Index of the count of cells not read the same and left plainly missing. */
    public static final int MISSING = 3;
    /** Index of the count of cells read wrong yet certain. */
    public static final int WRONG_AND_CERTAIN = 4;
    /** The length of a count array. */
    public static final int SIZE = 5;

    private ReadingAudit() {}

    /**
     * The same cell for a reader's test: equal values (at any scale) and both blank or both not, or both
     * without a value and alike in having raw text (written blank against missing).
     */
    public static boolean same(Cell expected, Cell actual) {
        if (expected.value() == null || actual.value() == null) {
            return expected.value() == null && actual.value() == null
                    && (expected.raw() == null) == (actual.raw() == null);
        }
        return expected.value().compareTo(actual.value()) == 0;
    }

    /**
     * Sorts every cell of the three tables of {@code actual} against {@code expected}, adding to
     * {@code count} (indices {@link #CELLS} … {@link #WRONG_AND_CERTAIN}) and naming each cell read wrong
     * yet certain in {@code wrong}.
     */
    public static void certainty(Report expected, Report actual, long[] count, List<String> wrong) {
        certainty(expected.activeDisclosure(), actual.activeDisclosure(), count, wrong);
        certainty(expected.applications(), actual.applications(), count, wrong);
        certainty(expected.reviewLitigation(), actual.reviewLitigation(), count, wrong);
    }

    /** {@link #certainty(Report, Report, long[], List)} for one table. */
    public static <R extends Enum<R> & Code, C extends Enum<C> & Code> void certainty(StatTable<R, C> expected,
            StatTable<R, C> actual, long[] count, List<String> wrong) {
        for (R row : expected.rows()) {
            for (C column : expected.columns(row)) {
                Cell e = expected.cell(row, column);
                Cell a = actual.has(row, column) ? actual.cell(row, column) : Cell.MISSING;
                count[CELLS]++;
                int k = same(e, a) ? SAME : !a.isCertain() ? UNCERTAIN : a.isMissing() ? MISSING : WRONG_AND_CERTAIN;
                count[k]++;
                if (k == WRONG_AND_CERTAIN) {
                    wrong.add(expected.id().code() + "/" + row.code() + "/" + column.code() + ": expected " + e
                            + ", read " + a);
                }
            }
        }
    }

    /**
     * Compares the reading of damaged bytes with the reading of the same document's clean bytes, cell by
     * cell: a cell of the damaged reading that differs from the clean one (in value, in being missing or in
     * certainty) must be missing or uncertain; one that differs yet is certain is read wrong and named in
     * {@code wrong}, prefixed by {@code where}.
     *
     * @return the number of cells that differ from the clean reading but are missing or uncertain (rows
     *     of the clean reading absent from the damaged one count each of their cells)
     */
    public static int damaged(Report clean, Report damaged, String where, List<String> wrong) {
        return damaged(clean.activeDisclosure(), damaged.activeDisclosure(), where, wrong)
                + damaged(clean.applications(), damaged.applications(), where, wrong)
                + damaged(clean.reviewLitigation(), damaged.reviewLitigation(), where, wrong);
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> int damaged(StatTable<R, C> clean,
            StatTable<R, C> damaged, String where, List<String> wrong) {
        int doubted = 0;
        for (R row : damaged.rows()) {
            for (C col : damaged.columns(row)) {
                Cell d = damaged.cell(row, col);
                Cell c = clean.has(row, col) ? clean.cell(row, col) : Cell.MISSING;
                if (d.sameValue(c) && d.isMissing() == c.isMissing() && d.isCertain() == c.isCertain()) {
                    continue;
                }
                if (d.isMissing() || !d.isCertain() || d.sameValue(c)) {
                    doubted++;
                } else {
                    wrong.add(where + ": " + clean.id().code() + "/" + row.code() + "/" + col.code() + " clean " + c
                            + ", damaged " + d);
                }
            }
        }
        for (R row : clean.rows()) {
            if (!damaged.has(row)) {
                doubted += clean.columns(row).size();
            }
        }
        return doubted;
    }
}
