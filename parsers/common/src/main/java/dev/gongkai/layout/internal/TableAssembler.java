package dev.gongkai.layout.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.ProblemList;
import java.util.List;
import java.util.Map;

/**
 * Puts the rows read into the report's tables in template column order, left to right: a row with
 * fewer values than columns keeps the rest missing and is reported, never shifted.
 */
final class TableAssembler {

    private final ProblemList problems;

    TableAssembler(ProblemList problems) {
        this.problems = problems;
    }

    /** True when a 2021 table has （六）其他处理 as one row and none of its three sub-rows. */
    static boolean collapsed(Edition edition, TablesRead read) {
        return edition == Edition.E2021 && has(read, ApplicationRow.OTHER)
                && !has(read, ApplicationRow.OTHER_NO_CORRECTION) && !has(read, ApplicationRow.OTHER_UNPAID_FEE)
                && !has(read, ApplicationRow.OTHER_OTHER);
    }

    private static boolean has(TablesRead read, ApplicationRow row) {
        return read.applications.containsKey(row) || read.gluedApplications.containsKey(row);
    }

    void fill(Report.Builder b, TablesRead read, boolean collapsed) {
        Edition edition = b.edition();
        List<ApplicationRow> appRows = ApplicationRow.rows(edition, edition == Edition.E2019 || collapsed);
        for (Map.Entry<ApplicationRow, RowRead> e : read.applications.entrySet()) {
            if (!appRows.contains(e.getKey())) {
                problems.add("row-not-in-edition", "the row " + e.getKey().code() + " is not in edition "
                        + edition.code() + "; its values are not kept", e.getValue().span());
                continue;
            }
            List<Cell> cells = fit(e.getKey(), Applicant.all(), e.getValue());
            for (int i = 0; i < cells.size(); i++) {
                b.cell(e.getKey(), Applicant.all().get(i), cells.get(i));
            }
        }
        for (Map.Entry<ActiveRow, RowRead> e : read.active.entrySet()) {
            List<ActiveColumn> cols = e.getKey().columns(edition);
            if (cols.isEmpty()) {
                problems.add("row-not-in-edition", "the row " + e.getKey().code() + " is not in edition "
                        + edition.code() + "; its values are not kept", e.getValue().span());
                continue;
            }
            List<Cell> cells = fit(e.getKey(), cols, e.getValue());
            for (int i = 0; i < cells.size(); i++) {
                b.cell(e.getKey(), cols.get(i), cells.get(i));
            }
        }
        List<Cell> review = read.review;
        if (read.reviewFound && review.size() < ReviewGroup.all().size() * ReviewColumn.all().size()) {
            problems.add("row-short", "table 四 has " + review.size() + " values for 15 cells; the rest are left missing",
                    null);
        }
        int i = 0;
        for (ReviewGroup g : ReviewGroup.all()) {
            for (ReviewColumn c : ReviewColumn.all()) {
                if (i < review.size()) {
                    b.cell(g, c, review.get(i));
                }
                i++;
            }
        }
    }

    /**
     * The row's values for its columns, left to right, reporting a short or long row. Where a row has
     * more cells than columns, empty cells at its end, then at its start (a label spanning several
     * columns), are padding, not values.
     */
    private List<Cell> fit(Code row, List<? extends Code> columns, RowRead r) {
        List<Cell> v = r.values();
        int n = v.size();
        while (n > columns.size() && v.get(n - 1).isBlank()) {
            n--;
        }
        int from = 0;
        while (n - from > columns.size() && v.get(from).isBlank() && v.get(from).raw().isBlank()) {
            from++;
        }
        v = v.subList(from, n);
        n = v.size();
        if (n < columns.size()) {
            problems.add("row-short", "the row " + row.code() + " has " + n + " values for " + columns.size()
                    + " columns; the last " + (columns.size() - n) + " are left missing", r.span());
        } else if (n > columns.size()) {
            problems.add("row-long", "the row " + row.code() + " has " + n + " values for " + columns.size()
                    + " columns; the extra values are not kept", r.span());
            n = columns.size();
        }
        return v.subList(0, n);
    }
}
