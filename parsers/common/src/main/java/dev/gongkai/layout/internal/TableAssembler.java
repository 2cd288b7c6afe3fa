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
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Puts the rows read into the report's tables in template column order, left to right: a row with
 * fewer values than columns keeps the rest missing and is reported, never shifted.
 */
final class TableAssembler {

    private static final int APPLICANTS = Applicant.all().size();

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
        Map<ApplicationRow, List<Cell>> settled = new EnumMap<>(ApplicationRow.class);
        Map<ApplicationRow, RowRead> open = new EnumMap<>(ApplicationRow.class);
        for (Map.Entry<ApplicationRow, RowRead> e : read.applications.entrySet()) {
            if (e.getValue().values().size() < APPLICANTS && appRows.contains(e.getKey())) {
                e.setValue(GluedSplit.shortRow(e.getKey(), e.getValue(), edition, problems));
            }
            if (!appRows.contains(e.getKey())) {
                problems.add("row-not-in-edition", "the row " + e.getKey().code() + " is not in edition "
                        + edition.code() + "; its values are not kept", e.getValue().span());
            } else if (e.getValue().values().size() <= APPLICANTS
                    || RowFit.padding(e.getValue().values(), APPLICANTS, APPLICANTS) != null) {
                settled.put(e.getKey(), fit(e.getKey(), Applicant.all(), e.getValue(), APPLICANTS, v -> true));
            } else {
                open.put(e.getKey(), e.getValue());
            }
        }
        ApplicationSums sums = new ApplicationSums(appRows, Map.copyOf(settled));
        for (Map.Entry<ApplicationRow, RowRead> e : open.entrySet()) {
            settled.put(e.getKey(), fit(e.getKey(), Applicant.all(), e.getValue(), APPLICANTS,
                    v -> sums.fits(e.getKey(), v)));
        }
        for (Map.Entry<ApplicationRow, List<Cell>> e : settled.entrySet()) {
            List<Cell> cells = e.getValue();
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
            List<Cell> cells = fit(e.getKey(), cols, e.getValue(), 0, v -> true);
            for (int i = 0; i < cells.size(); i++) {
                b.cell(e.getKey(), cols.get(i), cells.get(i));
            }
        }
        List<Cell> review = read.review;
        int size = ReviewGroup.all().size() * ReviewColumn.all().size();
        if (read.reviewFound && review.size() < size) {
            problems.add("row-short", "table 四 has " + review.size() + " values for 15 cells; the rest are left missing",
                    null);
        } else if (review.size() > size) {
            review = tooLong("table 四", review, size, ReviewColumn.all().size(), x -> true, null);
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
     * more cells than columns, a reading that drops only empty slots (an unmerged label's slots before
     * the values, blanks after them) is taken, the one whose sums hold first; else the one reading
     * dropping stray values whose sums hold (and {@code fits}); else the first values, reported.
     */
    private List<Cell> fit(Code row, List<? extends Code> columns, RowRead r, int group,
            Predicate<List<Cell>> fits) {
        List<Cell> v = r.values();
        int n = v.size();
        if (n < columns.size()) {
            problems.add("row-short", "the row " + row.code() + " has " + n + " values for " + columns.size()
                    + " columns; the last " + (columns.size() - n) + " are left missing", r.span());
            return v;
        }
        return n == columns.size() ? v : tooLong("the row " + row.code(), v, columns.size(), group, fits, r.span());
    }

    private List<Cell> tooLong(String name, List<Cell> v, int columns, int group, Predicate<List<Cell>> fits,
            SourceSpan span) {
        RowFit.Reading p = RowFit.padding(v, columns, group);
        RowFit.Sums sums = p == null ? null : RowFit.sums(p.values(), group);
        if (sums == RowFit.Sums.HOLD) {
            return p.values();
        }
        RowFit.Reading s = RowFit.stray(v, columns, group, fits);
        if (s != null) {
            problems.add("row-long-resolved", name + " has " + v.size() + " values for " + columns
                    + " columns; the only reading whose sums hold drops "
                    + s.dropped().stream().map(RowFit::text).collect(Collectors.joining(", ")),
                    s.dropped().get(0).span() != null ? s.dropped().get(0).span() : span);
            return s.values();
        }
        if (p != null) {
            // empty cells right after a row label are its unmerged slots; elsewhere they may hide a stray value
            boolean labelSlots = group == APPLICANTS && p.values().get(0) == v.get(v.size() - columns);
            if (sums == RowFit.Sums.BROKEN || !labelSlots && RowFit.strayPossible(v, columns, group, p.values())) {
                problems.add("row-long", name + " has " + v.size() + " values for " + columns
                        + " columns; its empty cells are read as layout, but a stray value among them cannot be"
                        + " ruled out", span);
            }
            return p.values();
        }
        int n = v.size();
        while (n > columns && v.get(n - 1).isBlank()) {
            n--;
        }
        int from = 0;
        while (n - from > columns && v.get(from).isBlank() && v.get(from).raw().isBlank()) {
            from++;
        }
        if (n - from > columns) {
            problems.add("row-long", name + " has " + (n - from) + " values for " + columns
                    + " columns; the extra values are not kept", span);
        }
        return v.subList(from, from + columns);
    }
}
