package dev.gongkai.layout.internal;

import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.Recognition;
import dev.gongkai.layout.Table;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.ProblemList;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks table cells in reading order. A cell matching a row label starts that row; the value cells
 * after it (up to the next label, and in grid tables within the same grid row) are its values. Merged
 * slots are skipped; empty cells before a label are placeholders, after it (in a grid row) blanks.
 * After a header of table 四 the next fifteen values are the review/litigation numbers.
 */
final class TableWalker {

    private static final int REVIEW_SIZE = 15;
    private static final char REPLACEMENT = '\uFFFD';

    /** Problem code of a page mark ({@code — 5 —}) skipped among a row's cells. */
    static final String STRAY_TEXT = "stray-text";
    /** A cell among a grid row's values holds text that is neither a number nor a blank nor a label. */
    static final String VALUE_UNREADABLE = "value-unreadable";

    private final LabelCatalog catalog = LabelCatalog.get();
    private final ProblemList problems;
    private final TablesRead read = new TablesRead();

    /** Where the walk stands with table 四's fifteen numbers. */
    private enum Review {
        /** Not armed: values outside a row are not table 四's. */
        WAITING,
        /** After section 四's heading or table 四's header: values outside a row are its numbers. */
        COLLECTING,
        /**
         * Fifteen numbers read from a stream, and values still follow (a stray number among them): they
         * are kept too, for the assembler, whose arithmetic drops the stray or reports the row.
         */
        RUNNING_ON,
        /** Table 四 is read. */
        DONE;

        boolean done() {
            return this == RUNNING_ON || this == DONE;
        }
    }

    /** The row being read: its label as found, and the values and marks gathered after it. */
    private static final class OpenRow {
        final Label label;
        final String text;
        final SourceSpan span;
        /** {@code label-approximate} when its label was matched with a typo, else {@code null}. */
        final String doubt;
        /** Opened in a stream, whose rows may run together. */
        final boolean stream;
        /** Its grid row is wider than the grid's usual row. */
        final boolean overfull;
        final List<Cell> values = new ArrayList<>();
        /** A page mark stood among its cells. */
        boolean stray;
        /** Its label is not exactly the row's (a typo tolerated, or only its start read). */
        boolean inexact;
        /** Its grid row held only the label: its values are looked for on the next grid row. */
        boolean valuesBelow;
        /** A cell among its values held text that is not a value ({@link #VALUE_UNREADABLE}). */
        boolean unreadable;

        OpenRow(Label label, GridCell c, String doubt, boolean stream, boolean overfull) {
            this.label = label;
            this.text = c.text();
            this.span = c.span();
            this.doubt = doubt;
            this.stream = stream;
            this.overfull = overfull;
        }
    }

    private OpenRow open;
    private Review review = Review.WAITING;
    /** The grid row being walked is wider than the grid's usual row. */
    private boolean rowOverfull;
    /** Row labels of table 三 stacked before one run of numbers (streams only), with their texts. */
    private final List<RowRead> stacked = new ArrayList<>();
    private final List<Label> stackedLabels = new ArrayList<>();
    /** The table walked is a stream (no real rows). */
    private boolean streaming;

    TableWalker(ProblemList problems) {
        this.problems = problems;
    }

    /**
     * A paragraph between tables ends the open row. One that is exactly a row's label (a sheet's last row
     * whose cells are all empty is cut as a paragraph) shows the row is in the document: it is not absent.
     */
    void paragraph(String text) {
        finishRow();
        endRunOn();
        Label l = catalog.matchExact(text);
        if (l != null && (l.kind() == Label.Kind.APPLICATION_ROW || l.kind() == Label.Kind.ACTIVE_ROW)) {
            seen(l);
        }
    }

    private void seen(Label l) {
        read.labelsSeen.add(l.kind() == Label.Kind.APPLICATION_ROW ? l.application() : l.active());
    }

    /** Table 四's numbers run on only while values follow them. */
    private void endRunOn() {
        if (review == Review.RUNNING_ON) {
            review = Review.DONE;
        }
    }

    /** A section heading: ends the open row; section 四's heading arms the review numbers. */
    void heading(boolean review) {
        finishRow();
        endRunOn();
        if (!this.review.done()) {
            this.review = review ? Review.COLLECTING : Review.WAITING;
        }
    }

    void table(Table t) {
        if (t.kind() == Table.Kind.GLUED) {
            glued(t);
            return;
        }
        boolean grid = t.kind() == Table.Kind.GRID;
        streaming = !grid;
        int usual = grid ? usualWidth(t) : Integer.MAX_VALUE;
        for (List<GridCell> row : t.rows()) {
            rowOverfull = row.size() > usual;
            Cell[] read = values(row);
            boolean collecting = review == Review.COLLECTING;
            boolean strayRow = grid && collecting && strays(row, read);
            boolean numbersRow = grid && collecting && hasValue(read) && !strayRow;
            boolean first = true;
            for (int k = 0; k < read.length; k++) {
                GridCell c = row.get(k);
                if (c.merged()) {
                    continue;
                }
                boolean empty = read[k] == null && c.isEmpty();
                if (grid && open != null && open.valuesBelow && first && !empty) {
                    first = false;
                    if (read[k] == null) {
                        finishRow();
                    } else {
                        open.valuesBelow = false;
                    }
                }
                if (strayRow && open == null && read[k] != null) {
                    problems.add("value-in-header", "table 四's header row holds the number '" + c.text().strip()
                            + "' (a page number or a note?); it is not one of the fifteen values", c.span());
                    continue;
                }
                cell(c, empty, read[k], grid, numbersRow);
            }
            if (grid) {
                if (open != null && open.values.isEmpty()) {
                    open.valuesBelow = true;
                } else {
                    finishRow();
                }
            }
        }
        if (grid && (open == null || !open.valuesBelow)) {
            finishRow();
        }
        endRunOn();
    }

    /** The width most of a grid's rows have (rows padded to the table's width, as Markdown and HTML grids are). */
    private static int usualWidth(Table t) {
        java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
        int usual = 0;
        int most = 0;
        for (List<GridCell> row : t.rows()) {
            int n = widths.merge(row.size(), 1, Integer::sum);
            if (n > most || n == most && row.size() > usual) {
                most = n;
                usual = row.size();
            }
        }
        return usual;
    }

    /** Each cell of a row read as a value once: {@code null} where merged, empty or not a value. */
    private static Cell[] values(List<GridCell> row) {
        Cell[] read = new Cell[row.size()];
        for (int k = 0; k < read.length; k++) {
            GridCell c = row.get(k);
            if (!c.merged() && !c.isEmpty()) {
                read[k] = marked(c, c.text().indexOf(REPLACEMENT) < 0 ? ValueReader.read(c.text(), c.span()) : repaired(c));
            }
        }
        return read;
    }

    /**
     * A cell holding bytes the reader could not decode (U+FFFD): when the rest of it is a value or a
     * blank, a value slot whose value is unknown (the lost bytes may have been a digit, a full-width
     * one), marked uncertain; else not a value (a label with a character lost, matched as with a typo).
     */
    private static Cell repaired(GridCell c) {
        String rest = c.text().replace(String.valueOf(REPLACEMENT), "");
        if (!rest.isBlank() && ValueReader.read(rest, c.span()) == null) {
            return null;
        }
        return Cell.blank(c.text(), c.span()).uncertain(DocumentDecoder.REPAIRED);
    }

    /** The cell read from slot {@code c}, carrying the doubt the format reader had about the slot. */
    private static Cell marked(GridCell c, Cell read) {
        return read == null || c.isCertain() ? read : read.uncertain(c.uncertainty());
    }

    /** A cell: {@code v} is its value as read, {@code null} when it is empty or not a value. */
    private void cell(GridCell c, boolean empty, Cell v, boolean grid, boolean numbersRow) {
        boolean reviewNumbers = review == Review.COLLECTING || review == Review.RUNNING_ON;
        if (empty) {
            if (open != null && !open.valuesBelow) {
                open.values.add(marked(c, Cell.blank(c.text(), c.span())));
            } else if (open == null && (numbersRow || (!grid && reviewNumbers))) {
                review(marked(c, Cell.blank(c.text(), c.span())));
            }
            return;
        }
        if (v != null) {
            if (open != null) {
                open.values.add(v);
            } else if (reviewNumbers || numbersRow) {
                review(v); // the rest of table 四's numbers row too, for the assembler to check
            }
            return;
        }
        if ((open != null || reviewNumbers || numbersRow) && ValueReader.isPageMark(c.text())) {
            problems.add(STRAY_TEXT, "the page mark '" + c.text().strip() + "' stands among the cells of "
                    + (open != null ? "the row " + code(open.label) : "table 四") + "; it is not read as a value",
                    c.span());
            // a mark after a row's last cell takes no cell's place; one among them might have
            if (open != null) {
                open.stray |= open.values.size() < width(open.label);
            } else {
                read.reviewStrayText |= read.review.size() < REVIEW_SIZE;
            }
            return;
        }
        endRunOn();
        Label l = catalog.match(c.text());
        boolean prefix = false;
        if (l == null) {
            // a label's first part: wrapped around its numbers in a stream, or cut at its cell's edge in a
            // grid (a PDF whose long label lost its last words to the next line); it names one row only
            l = catalog.matchPrefix(c.text());
            prefix = l != null;
            if (l == null && !grid && fragment()) {
                return; // the rest of a wrapped label, or a piece of a group label beside it
            }
        }
        if (l == null && grid && unreadableValue(c)) {
            return;
        }
        if (l != null && open != null && l.equals(open.label) && padding(open.values)) {
            open.values.clear(); // the label repeated over the slots of an unmerged cell, empty slots between
            return;
        }
        if (!grid && stacks(l)) {
            stacked.add(new RowRead(open.text, open.span, List.of(), true, open.doubt));
            stackedLabels.add(open.label);
            open = null;
        } else {
            finishRow();
        }
        if (l == null) {
            return;
        }
        if (l.edition() != null) {
            read.hint(l.edition());
        }
        switch (l.kind()) {
            case APPLICATION_ROW, ACTIVE_ROW -> {
                open = new OpenRow(l, c, !prefix && approximate(l, c) ? LabelCatalog.APPROXIMATE : null, !grid,
                        grid && rowOverfull);
                open.inexact = !l.equals(catalog.matchExact(c.text()));
                if (review == Review.COLLECTING) {
                    review = Review.WAITING;
                }
            }
            case REVIEW_HEADER -> {
                if (!review.done()) {
                    review = Review.COLLECTING;
                }
            }
            default -> { }
        }
    }

    /**
     * A glued table: a row label's value cells are kept unsplit for {@link GluedSplit}; text cells
     * may hold several headers run together (edition hints, table 四's headers); the first value run
     * after table 四's headers is its fifteen numbers.
     */
    private void glued(Table t) {
        finishRow();
        Label row = null;
        GridCell labelCell = null;
        String labelDoubt = null;
        List<GridCell> tokens = new ArrayList<>();
        GridCell damage = null; // undecodable bytes met inside the open row's run
        for (GridCell c : t.rows().get(0)) {
            if (c.isEmpty()) {
                continue;
            }
            if (c.text().indexOf(REPLACEMENT) >= 0) {
                // a digit may be lost here: the run is no longer whole, so the row (or table 四) is not split
                if (row != null) {
                    damage = damage == null ? c : damage;
                    continue;
                }
                if (review == Review.COLLECTING && !read.gluedReview.isEmpty()) {
                    read.gluedReviewDamage = read.gluedReviewDamage == null ? c : read.gluedReviewDamage;
                    continue;
                }
            }
            if (GluedSplit.isRunToken(c.text())) {
                if (row != null) {
                    tokens.add(c);
                } else if (review == Review.COLLECTING) {
                    read.gluedReview.add(c);
                    read.reviewFound = true;
                }
                continue;
            }
            endGlued(row, labelCell, labelDoubt, tokens, damage);
            damage = null;
            row = null;
            if (!read.gluedReview.isEmpty()) {
                review = Review.DONE;
            }
            Label l = catalog.match(c.text());
            if (l != null && (l.kind() == Label.Kind.APPLICATION_ROW || l.kind() == Label.Kind.ACTIVE_ROW)) {
                labelDoubt = approximate(l, c) ? LabelCatalog.APPROXIMATE : null;
                row = l;
                labelCell = c;
                if (review == Review.COLLECTING) {
                    review = Review.WAITING;
                }
                if (l.edition() != null) {
                    read.hint(l.edition());
                }
                continue;
            }
            for (Label h : l != null ? List.of(l) : catalog.headersIn(c.text())) {
                if (h.edition() != null) {
                    read.hint(h.edition());
                }
                if (h.kind() == Label.Kind.REVIEW_HEADER && !review.done()) {
                    review = Review.COLLECTING;
                }
            }
        }
        endGlued(row, labelCell, labelDoubt, tokens, damage);
        if (!read.gluedReview.isEmpty()) {
            review = Review.DONE;
        }
    }

    private void endGlued(Label row, GridCell labelCell, String doubt, List<GridCell> tokens, GridCell damage) {
        if (row == null) {
            return;
        }
        GluedRow g = new GluedRow(row, labelCell, tokens, doubt);
        tokens.clear();
        if (damage != null) {
            read.gluedDamaged.add(g);
            problems.add(DocumentDecoder.REPAIRED, "the row " + code(row) + " holds bytes that could not be decoded"
                    + " among its numbers ('" + damage.text().strip() + "'); a digit lost there cannot be told, nor"
                    + " whether cells of the dump were lost, so no row of it is split", damage.span());
            return;
        }
        if (g.tokens().isEmpty()) {
            read.gluedEmpty.add(g);
            return;
        }
        GluedRow old = row.kind() == Label.Kind.APPLICATION_ROW
                ? read.gluedApplications.putIfAbsent(row.application(), g)
                : read.gluedActive.putIfAbsent(row.active(), g);
        if (old != null) {
            problems.add("row-repeated", "the row " + code(row) + " appears again; the first one is kept",
                    labelCell.span());
        }
    }

    /**
     * True (and reported) when a row label was matched only with a typo tolerated: the row's values are
     * then uncertain, for the label may name another row.
     */
    private boolean approximate(Label l, GridCell c) {
        if (!catalog.approximate(c.text(), l)) {
            return false;
        }
        problems.add(LabelCatalog.APPROXIMATE, "the row label '" + c.text().strip() + "' is read as " + code(l)
                + " with a typo tolerated; its values are marked uncertain", c.span());
        return true;
    }

    private void review(Cell v) {
        read.reviewFound = true;
        read.reviewStream |= streaming;
        read.review.add(v);
        if (read.review.size() == REVIEW_SIZE) {
            review = streaming ? Review.RUNNING_ON : Review.DONE;
        }
    }

    /** The most values a row of this label's table can have. */
    /**
     * A text that is no value, no blank and no label, standing in a grid row after its label where the row
     * still lacks values, or anywhere among values recognised from an image: a cell whose value cannot be
     * read (an engine that took the digits of {@code 12} for {@code 工2}, a remark written in place of a
     * number). It takes its slot as a missing value, uncertain, so that neither the row ends there and its
     * slots read as blanks nor a later value moves into its place (nor is dropped). Even the rest of a label
     * cut into a second cell is better so: the row comes out long, its values uncertain, where ending it
     * there left its slots certain blanks. A text after a born-digital row's values is a remark.
     */
    private boolean unreadableValue(GridCell c) {
        if (open == null) {
            return false;
        }
        String t = c.text();
        if (open.values.size() >= width(open.label) && !recognised(open.values)) {
            return false; // a remark after a row's values
        }
        problems.add(VALUE_UNREADABLE, "a cell of the row " + code(open.label) + " holds '" + t.strip()
                + "', which is not a number; its value is left missing", c.span());
        open.values.add(Cell.blank(t, c.span()).uncertain(VALUE_UNREADABLE));
        open.unreadable = true;
        return true;
    }

    /**
     * A row of values recognised from an image in which one cell could not be read as a value: what stood
     * in that cell is unknown (a value split over two cells, a line found where there is none), so no
     * value of the row is certain, whatever its sums ({@code docs/adr/0024}); the row's values keep
     * their digits and are marked {@link #VALUE_UNREADABLE}, which the arithmetic does not confirm.
     */
    private List<Cell> recognisedDoubt(List<Cell> vals) {
        if (!open.unreadable || !recognised(vals)) {
            return vals;
        }
        vals.replaceAll(v -> v.uncertainty() == null || Recognition.CHECKED.contains(v.uncertainty())
                ? new Cell(v.value(), v.raw(), v.span(), VALUE_UNREADABLE) : v);
        return vals;
    }

    /** True when some of the values were recognised from an image. */
    private static boolean recognised(List<Cell> vals) {
        for (Cell v : vals) {
            if (v.uncertainty() != null && (Recognition.CHECKED.contains(v.uncertainty())
                    || v.uncertainty().equals(Recognition.UNREADABLE))) {
                return true;
            }
        }
        return false;
    }

    private static int width(Label l) {
        if (l.kind() == Label.Kind.APPLICATION_ROW) {
            return Applicant.all().size();
        }
        return Math.max(l.active().columns(dev.gongkai.model.Edition.E2019).size(),
                l.active().columns(dev.gongkai.model.Edition.E2021).size());
    }

    private static boolean padding(List<Cell> cells) {
        for (Cell v : cells) {
            if (!v.isBlank() || (v.raw() != null && !v.raw().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row of table 四's headers that also holds a few numbers (fewer than a group): those are strays
     * (a page number, a note mark), never the numbers row, whose empty cells would be read as blanks.
     */
    private boolean strays(List<GridCell> row, Cell[] read) {
        boolean header = false;
        int values = 0;
        for (int k = 0; k < read.length; k++) {
            GridCell c = row.get(k);
            if (read[k] != null) {
                values++;
            } else if (!c.merged() && !c.isEmpty()) {
                Label l = catalog.match(c.text());
                header |= l != null && l.kind() == Label.Kind.REVIEW_HEADER;
            }
        }
        return header && values > 0 && values < ReviewColumn.all().size();
    }

    private static boolean hasValue(Cell[] read) {
        for (Cell v : read) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a stream, a text that is no label while the open row still lacks values (a row of table 三
     * fewer than seven): the rest of its wrapped label, or a fragment of a group label beside it.
     */
    private boolean fragment() {
        return open != null && (open.values.isEmpty()
                || open.label.kind() == Label.Kind.APPLICATION_ROW && open.values.size() < Applicant.all().size());
    }

    /**
     * A row of table 三 in a stream with more values than columns that neither empty slots nor one
     * stray value explains: the next row's numbers ran into it (text whose reading order lost the rows),
     * so no value of it can be placed. One value too many is left to the assembler, whose row and column
     * sums may tell the stray (or mark the row uncertain).
     */
    private boolean overflows(List<Cell> vals) {
        int w = Applicant.all().size();
        return open.label.kind() == Label.Kind.APPLICATION_ROW && vals.size() > w + 1 && RowFit.padding(vals, w, w) == null;
    }

    /**
     * A row label of table 三 right after another with no values between: labels stacked before numbers
     * (not （六）其他处理 before its sub-rows: there it is their group's label).
     */
    private boolean stacks(Label l) {
        if (l == null || open == null || !open.values.isEmpty()) {
            return false;
        }
        Label current = open.label;
        return l.kind() == Label.Kind.APPLICATION_ROW && current.kind() == Label.Kind.APPLICATION_ROW
                && !l.equals(current)
                && !(current.application() == ApplicationRow.OTHER && l.application().isOtherSubRow());
    }

    private void finishRow() {
        if (open == null) {
            unstack(List.of());
            return;
        }
        List<Cell> vals = recognisedDoubt(new ArrayList<>(open.values));
        if (!stacked.isEmpty()) {
            vals = unstack(vals);
        }
        if (open.stream && overflows(vals)) {
            problems.add("row-long", "the row " + code(open.label) + " has " + vals.size() + " values for "
                    + Applicant.all().size() + " columns in a stream whose rows may run together; none is kept",
                    open.span);
            read.unplaced(open.label, "row-long");
        } else if (vals.isEmpty() && !open.stream) {
            seen(open.label);
        } else if (!vals.isEmpty()) {
            put(open.label, new RowRead(open.text, open.span, vals, open.stream, placementDoubt(vals), open.stray,
                    open.overfull));
        }
        open = null;
    }

    /**
     * The open row's doubt; a row of values recognised from an image whose label is not exactly the
     * row's (only its start, or a near spelling, read by the engine) is placed by a guess that the sums
     * cannot check — a value in the wrong row keeps every column sum — so its values stay uncertain
     * ({@value LabelCatalog#APPROXIMATE}) however well their digits add up.
     */
    private String placementDoubt(List<Cell> vals) {
        if (open.doubt != null || !open.inexact
                || vals.stream().noneMatch(v -> v.uncertainty() != null && Recognition.CHECKED.contains(v.uncertainty()))) {
            return open.doubt;
        }
        problems.add(LabelCatalog.APPROXIMATE, "the row label '" + open.text.strip() + "' recognised from an image is"
                + " read as " + code(open.label) + " without matching it exactly; its values are marked uncertain",
                open.span);
        return LabelCatalog.APPROXIMATE;
    }

    /**
     * Row labels stacked before one run of numbers (each label on its line, the numbers after the
     * last): seven values per label, in order, when the run holds exactly that many; else no row of
     * the stack keeps a value. The values left for the last label.
     */
    private List<Cell> unstack(List<Cell> vals) {
        if (stacked.isEmpty()) {
            return vals;
        }
        int width = Applicant.all().size();
        Label current = open == null ? null : open.label;
        int rows = stacked.size() + (current == null ? 0 : 1);
        List<Cell> rest = List.of();
        if (current != null && vals.size() == rows * width) {
            for (int i = 0; i < stacked.size(); i++) {
                RowRead s = stacked.get(i);
                put(stackedLabels.get(i), new RowRead(s.label(), s.span(), vals.subList(i * width, (i + 1) * width),
                        true, s.doubt()));
            }
            rest = new ArrayList<>(vals.subList(stacked.size() * width, vals.size()));
        } else {
            StringBuilder names = new StringBuilder();
            for (Label l : stackedLabels) {
                names.append(code(l)).append(", ");
            }
            names.append(current == null ? "(none)" : code(current));
            problems.add("rows-stacked", "the rows " + names + " stand before " + vals.size()
                    + " values together, not seven each; none of them is kept", stacked.get(0).span());
            stackedLabels.forEach(l -> read.unplaced(l, "rows-stacked"));
            if (current != null) {
                read.unplaced(current, "rows-stacked");
            }
        }
        stacked.clear();
        stackedLabels.clear();
        return rest;
    }

    private void put(Label row, RowRead r) {
        if (!r.stream()) {
            read.gridRead.add(row.kind());
        }
        RowRead old = row.kind() == Label.Kind.APPLICATION_ROW
                ? read.applications.putIfAbsent(row.application(), r)
                : read.active.putIfAbsent(row.active(), r);
        if (old != null) {
            problems.add("row-repeated", "the row " + code(row) + " appears again; the first one is kept",
                    r.span());
        }
    }

    static String code(Label l) {
        return l.kind() == Label.Kind.APPLICATION_ROW ? l.application().code() : l.active().code();
    }

    TablesRead result() {
        finishRow();
        return read;
    }
}
