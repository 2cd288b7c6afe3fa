package dev.gongkai.layout.internal;

import dev.gongkai.layout.Recognition;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Puts the rows read into the report's tables in template column order, left to right: a row with
 * fewer values than columns keeps the rest missing and is reported, never shifted.
 *
 * <p>Every value kept that the reader had to realign or choose is marked uncertain with the problem's
 * code ({@link Cell#uncertain}): a long row whose extra values the sums did not decide ({@code row-long}),
 * a short row of a cell stream, where a blank may leave no trace and the values' columns are unknown
 * ({@code row-short}; its empty slots are left missing and uncertain too), a row whose label was matched
 * with a typo ({@code label-approximate}). A value of a grid row, whose cells are the document's own, a
 * stray dropped as the only reading whose sums hold ({@code row-long-resolved}) and a short grid row
 * (its cells stand from the row's left edge, as word processors and pages keep a row with fewer
 * cells; the slots after them are truly absent) are certain — but not a short row recognised from an
 * image, whose ruling keeps every cell: one of them held text, so where its values stand is unknown
 * ({@code row-short}). Rows seen but not placed are missing and
 * uncertain.
 */
final class TableAssembler {

    private static final int APPLICANTS = Applicant.all().size();

    /** A grid row whose sums break, where a stray may have pushed an empty cell past the table's edge. */
    static final String ROW_EDGE = "row-edge";

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
                settled.put(e.getKey(), fit(e.getKey(), Applicant.all(), e.getValue(), APPLICANTS, APPLICANTS, v -> true));
            } else {
                open.put(e.getKey(), e.getValue());
            }
        }
        ApplicationSums sums = open.isEmpty() ? null : new ApplicationSums(appRows, Map.copyOf(settled));
        for (Map.Entry<ApplicationRow, RowRead> e : open.entrySet()) {
            settled.put(e.getKey(), fit(e.getKey(), Applicant.all(), e.getValue(), APPLICANTS, APPLICANTS,
                    v -> sums.fits(e.getKey(), v)));
        }
        for (Map.Entry<ApplicationRow, List<Cell>> e : settled.entrySet()) {
            List<Cell> cells = e.getValue();
            for (int i = 0; i < cells.size(); i++) {
                b.cell(e.getKey(), Applicant.all().get(i), cells.get(i));
            }
        }
        read.unplacedApplications.forEach((row, code) -> {
            if (appRows.contains(row) && !settled.containsKey(row)) {
                Applicant.all().forEach(a -> b.cell(row, a, Cell.MISSING.uncertain(code)));
            }
        });
        int activeWidth = ActiveRow.rows(edition).stream().mapToInt(r -> r.columns(edition).size()).max().orElse(0);
        for (Map.Entry<ActiveRow, RowRead> e : read.active.entrySet()) {
            List<ActiveColumn> cols = e.getKey().columns(edition);
            if (cols.isEmpty()) {
                problems.add("row-not-in-edition", "the row " + e.getKey().code() + " is not in edition "
                        + edition.code() + "; its values are not kept", e.getValue().span());
                continue;
            }
            List<Cell> cells = fit(e.getKey(), cols, e.getValue(), 0, activeWidth, v -> true);
            for (int i = 0; i < cells.size(); i++) {
                b.cell(e.getKey(), cols.get(i), cells.get(i));
            }
        }
        read.unplacedActive.forEach((row, code) -> {
            if (!read.active.containsKey(row)) {
                row.columns(edition).forEach(c -> b.cell(row, c, Cell.MISSING.uncertain(code)));
            }
        });
        List<Cell> review = read.review;
        int size = ReviewGroup.all().size() * ReviewColumn.all().size();
        if (read.reviewFound && review.size() < size) {
            problems.add("row-short", "table 四 has " + review.size() + " values for 15 cells; the rest are left missing",
                    null);
            if (read.reviewStream || recognised(review)) {
                review = shortStream(review, size);
            }
        } else if (review.size() > size) {
            review = tooLong("table 四", review, size, ReviewColumn.all().size(), size, false, x -> true, null);
        } else if (review.size() == size && !read.reviewStream) {
            review = atEdge("table 四", review, ReviewColumn.all().size(), null);
        }
        if (read.reviewStrayText) {
            review = strayText(review, size, ReviewColumn.all().size());
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
    private List<Cell> fit(Code row, List<? extends Code> columns, RowRead r, int group, int width,
            Predicate<List<Cell>> fits) {
        List<Cell> v = r.values();
        int n = v.size();
        List<Cell> out;
        if (n < columns.size()) {
            problems.add("row-short", "the row " + row.code() + " has " + n + " values for " + columns.size()
                    + " columns; the last " + (columns.size() - n) + " are left missing", r.span());
            // a row recognised from an image keeps every ruled cell: short, one held text where a value stands
            out = r.stream() || recognised(v) ? shortStream(v, columns.size()) : v;
        } else {
            out = n > columns.size()
                    ? tooLong("the row " + row.code(), v, columns.size(), group, width, !r.stream() && !r.overfull(), fits,
                            r.span())
                    : r.stream() ? v : atEdge("the row " + row.code(), v, group, r.span());
        }
        if (r.strayText()) {
            out = strayText(out, columns.size(), group);
        }
        return r.doubt() == null ? out : mark(out, r.doubt());
    }

    /**
     * A row among whose cells a page mark was skipped: certain when the rest is a whole row whose sums
     * hold (the mark took no cell's place), else uncertain ({@code stray-text}).
     */
    private static List<Cell> strayText(List<Cell> out, int columns, int group) {
        boolean whole = out.size() == columns && out.stream().allMatch(Cell::isCertain);
        return whole && group > 0 && RowFit.sums(out, group) == RowFit.Sums.HOLD ? out
                : mark(out, TableWalker.STRAY_TEXT);
    }

    /** True when a cell of the row was recognised from an image by a recogniser ({@link Recognition}). */
    static boolean recognised(List<Cell> v) {
        return v.stream().anyMatch(c -> c.uncertainty() != null && (Recognition.CHECKED.contains(c.uncertainty())
                || Recognition.UNREADABLE.equals(c.uncertainty())));
    }

    /**
     * A short row of a stream, read left to right: where its blanks stood is unknown, so its values are
     * uncertain and the slots after them missing and uncertain.
     */
    private static List<Cell> shortStream(List<Cell> v, int columns) {
        List<Cell> out = new ArrayList<>(mark(v, "row-short"));
        while (out.size() < columns) {
            out.add(Cell.MISSING.uncertain("row-short"));
        }
        return out;
    }

    /**
     * A grid row exactly as wide as its columns that ends in empty cells and whose sums break: a stray
     * value written among its cells may have pushed its last empty cell past the table's edge (a
     * spreadsheet writes no cell for a blank, so the row keeps the table's width). When dropping one
     * value and taking the empty cell back makes the sums not break, its cells are uncertain
     * ({@code row-edge}); else the row is as written.
     */
    private List<Cell> atEdge(String name, List<Cell> v, int group, SourceSpan span) {
        if (group == 0 || v.isEmpty() || !RowFit.empty(v.get(v.size() - 1))
                || RowFit.sums(v, group) != RowFit.Sums.BROKEN) {
            return v;
        }
        List<Cell> pushed = new ArrayList<>(v);
        pushed.add(Cell.blank("", null));
        if (!RowFit.strayPossible(pushed, v.size(), group, v)) {
            return v;
        }
        problems.add(ROW_EDGE, name + " ends in empty cells and its sums do not hold; read with one of its values"
                + " as a stray that pushed an empty cell past the table's edge, they would: its cells are uncertain",
                span);
        return mark(v, ROW_EDGE);
    }

    /**
     * The cells marked uncertain with a problem code. Every caller's problem is a doubt about where the
     * values stand (row label, row width, a stray among them), so it replaces a recognised value's
     * {@link Recognition#CHECKED} code: the sums that confirm a recognised value's digits cannot confirm
     * its place (a value in the wrong row keeps every column sum), and must not make it certain.
     */
    static List<Cell> mark(List<Cell> cells, String problem) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(c.uncertainty() != null && Recognition.CHECKED.contains(c.uncertainty()) ? c.certain().uncertain(problem) : c.uncertain(problem));
        }
        return out;
    }

    /**
     * A row with more cells than columns. {@code width}: the most value slots a row of its table has
     * (table 二: three; a row of fewer columns has the rest as empty layout slots); more cells than that
     * hold a value that is not the row's.
     */
    private List<Cell> tooLong(String name, List<Cell> v, int columns, int group, int width, boolean regular,
            Predicate<List<Cell>> fits, SourceSpan span) {
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
            // a grid row as wide as the table's others holds no cell the table lacks: its one way of
            // dropping empty label slots is the row as written, however its sums come out
            boolean written = labelSlots && regular && RowFit.paddings(v, columns) == 1;
            boolean doubt = group == 0 ? v.size() > width
                    : sums == RowFit.Sums.BROKEN ? !written
                    : !labelSlots && RowFit.strayPossible(v, columns, group, p.values());
            if (doubt) {
                problems.add("row-long", name + " has " + v.size() + " values for " + columns
                        + " columns; its empty cells are read as layout, but a stray value among them cannot be"
                        + " ruled out", span);
            }
            return doubt ? mark(p.values(), "row-long") : p.values();
        }
        int n = v.size();
        while (n > columns && RowFit.empty(v.get(n - 1))) {
            n--;
        }
        int from = 0;
        while (n - from > columns && v.get(from).isBlank() && v.get(from).raw().isBlank()) {
            from++;
        }
        if (n - from > columns) {
            problems.add("row-long", name + " has " + (n - from) + " values for " + columns
                    + " columns; the extra values are not kept", span);
            return mark(v.subList(from, from + columns), "row-long");
        }
        return v.subList(from, from + columns);
    }
}
