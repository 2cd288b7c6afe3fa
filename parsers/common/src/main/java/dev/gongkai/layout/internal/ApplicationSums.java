package dev.gongkai.layout.internal;

import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The column sums of table 三 as a check on one row's reading: for every applicant column, the
 * outcomes add up to （七）总计, and 一 + 二 = （七）总计 + 四 (the balance). A reading is refused only when
 * a relation it takes part in is fully known (from cells read with certainty) and does not hold. Not API.
 */
final class ApplicationSums {

    private final List<ApplicationRow> outcomes;
    private final Map<ApplicationRow, List<Cell>> known;

    /** {@code known}: the rows whose values are settled, each in {@link Applicant#all()} order. */
    ApplicationSums(List<ApplicationRow> rows, Map<ApplicationRow, List<Cell>> known) {
        this.outcomes = rows.stream().filter(ApplicationRow::isOutcome).toList();
        this.known = known;
    }

    /** False when reading {@code row} as {@code values} breaks a fully known column relation. */
    boolean fits(ApplicationRow row, List<Cell> values) {
        for (int a = 0; a < Applicant.all().size(); a++) {
            BigDecimal outcomesSum = BigDecimal.ZERO;
            for (ApplicationRow o : outcomes) {
                outcomesSum = add(outcomesSum, value(o, a, row, values));
            }
            BigDecimal total = value(ApplicationRow.TOTAL_HANDLED, a, row, values);
            if (outcomesSum != null && total != null && outcomesSum.compareTo(total) != 0
                    && (row == ApplicationRow.TOTAL_HANDLED || outcomes.contains(row))) {
                return false;
            }
            BigDecimal in = add(value(ApplicationRow.NEW_RECEIVED, a, row, values),
                    value(ApplicationRow.CARRIED_OVER, a, row, values));
            BigDecimal out = add(total, value(ApplicationRow.CARRIED_FORWARD, a, row, values));
            if (in != null && out != null && in.compareTo(out) != 0 && !outcomes.contains(row)) {
                return false;
            }
        }
        return true;
    }

    private BigDecimal value(ApplicationRow r, int a, ApplicationRow row, List<Cell> values) {
        List<Cell> cells = r == row ? values : known.get(r);
        if (cells == null || a >= cells.size() || r != row && !cells.get(a).isCertain()) {
            return null; // a value the reader doubts decides nothing
        }
        return cells.get(a).value();
    }

    private static BigDecimal add(BigDecimal x, BigDecimal y) {
        return x == null || y == null ? null : x.add(y);
    }
}
