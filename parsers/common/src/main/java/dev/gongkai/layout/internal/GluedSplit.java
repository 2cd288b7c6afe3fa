package dev.gongkai.layout.internal;

import dev.gongkai.layout.DocumentDecoder;
import dev.gongkai.layout.GridCell;
import dev.gongkai.layout.internal.split.ArithmeticSplitter;
import dev.gongkai.layout.internal.split.SplitResult;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.SourceSpan;
import dev.gongkai.spi.Problem;
import dev.gongkai.spi.ProblemList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the value runs of glued tables by the template's arithmetic ({@link ArithmeticSplitter}) once
 * the edition is known. A decided row becomes an ordinary row read, each cell with the characters it
 * was cut from and their position; an undecided row stays out (its cells missing) and the splitter's
 * problem says why. Row labels that had no values at all are reported too: in running text a blank
 * cell leaves no trace, so such a row cannot be read.
 */
final class GluedSplit {

    /** Problem code of a row that split one way but is not kept because the dump lost cells. */
    static final String LOST = "split-cells-lost";
    private static final String IMPOSSIBLE = "split-impossible";
    private static final String NO_VALUES = "row-no-values";
    private static final String AMBIGUOUS = "ambiguous-split";
    private static final String NOT_FOUND = "row-not-found";

    private GluedSplit() {}

    /** True for a value cell of a glued table: digits, signs and decimal points, or a blank marker. */
    static boolean isRunToken(String t) {
        if (ValueReader.isBlank(t)) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９') && "-－−.．".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits every glued row. A dump in which some row cannot be split at all, or some row label has no
     * values, has lost cells (a blank cell leaves no trace in running text); its other rows could then
     * split "correctly" into wrong columns, so none of its glued rows is kept: they are reported and
     * left missing rather than guessed.
     */
    static void apply(TablesRead read, Edition edition, ProblemList problems) {
        SplitResult<ApplicationRow> apps = read.gluedApplications.isEmpty() ? null
                : ArithmeticSplitter.applications(texts(read.gluedApplications), edition);
        SplitResult<ActiveRow> active = read.gluedActive.isEmpty() ? null
                : ArithmeticSplitter.activeDisclosure(texts(read.gluedActive), edition);
        boolean reviewDamaged = read.gluedReviewDamage != null && !read.gluedReview.isEmpty();
        if (reviewDamaged) {
            problems.add(DocumentDecoder.REPAIRED, "table 四's numbers hold bytes that could not be decoded ('"
                    + read.gluedReviewDamage.text().strip() + "'); a digit lost there cannot be told, so its"
                    + " cells are left missing", read.gluedReviewDamage.span());
            read.gluedReview.clear();
        }
        SplitResult<ReviewGroup> review = read.gluedReview.isEmpty() || !read.review.isEmpty() ? null
                : ArithmeticSplitter.reviewLitigation(tokenTexts(read.gluedReview));
        List<GluedRow> empty = emptyRows(read);
        // a damaged row may have been one with no values or no split: the dump may have lost cells
        boolean lost = !empty.isEmpty() || !read.gluedDamaged.isEmpty() || reviewDamaged || impossible(apps)
                || impossible(active) || impossible(review);
        for (GluedRow g : empty) {
            problems.add(NO_VALUES, "the row " + TableWalker.code(g.label()) + " has no values after its label"
                    + " in running text (blank cells leave no trace there); its cells are left missing",
                    g.labelCell().span());
            read.unplaced(g.label(), NO_VALUES);
        }
        if (apps != null) {
            report(apps.problems(), read.gluedApplications, "applications/", problems);
            keep(apps, read.gluedApplications, read.applications, "applications/", lost, problems,
                    r -> inEdition(r, edition) ? Applicant.all().size() : 0);
            if (!lost) {
                unconfirmed(read, edition, problems);
            }
        }
        if (active != null) {
            report(active.problems(), read.gluedActive, "active_disclosure/", problems);
            keep(active, read.gluedActive, read.active, "active_disclosure/", lost, problems,
                    r -> r.inEdition(edition) ? r.columns(edition).size() : 0);
            unchecked(read, problems);
        }
        if (review != null) {
            review(read, review, lost, problems);
        }
    }

    /**
     * Rows of a glued table's template that were not found at all (their label misspelt beyond what is
     * matched, or lost): named as {@code row-not-found}, so that no row of a glued dump is missing
     * silently. Table 四 too, when a glued dump holds no numbers for it.
     */
    static void notFound(TablesRead read, Edition edition, boolean collapsed, ProblemList problems) {
        boolean apps = !read.gluedApplications.isEmpty()
                || read.gluedEmpty.stream().anyMatch(g -> g.label().kind() == Label.Kind.APPLICATION_ROW)
                || read.gluedDamaged.stream().anyMatch(g -> g.label().kind() == Label.Kind.APPLICATION_ROW);
        boolean active = !read.gluedActive.isEmpty()
                || read.gluedEmpty.stream().anyMatch(g -> g.label().kind() == Label.Kind.ACTIVE_ROW)
                || read.gluedDamaged.stream().anyMatch(g -> g.label().kind() == Label.Kind.ACTIVE_ROW);
        List<String> missing = new ArrayList<>();
        if (apps) {
            for (ApplicationRow r : ApplicationRow.rows(edition, edition == Edition.E2019 || collapsed)) {
                if (!read.applications.containsKey(r) && !read.gluedApplications.containsKey(r)
                        && read.gluedEmpty.stream().noneMatch(g -> g.label().application() == r)
                        && read.gluedDamaged.stream().noneMatch(g -> g.label().application() == r)) {
                    missing.add("applications/" + r.code());
                    read.applications.put(r, new RowRead(r.code(), null, slots(null, Applicant.all().size(), NOT_FOUND, null)));
                }
            }
        }
        if (active) {
            for (ActiveRow r : ActiveRow.rows(edition)) {
                if (!read.active.containsKey(r) && !read.gluedActive.containsKey(r)
                        && read.gluedEmpty.stream().noneMatch(g -> g.label().active() == r)
                        && read.gluedDamaged.stream().noneMatch(g -> g.label().active() == r)) {
                    missing.add("active_disclosure/" + r.code());
                    read.active.put(r, new RowRead(r.code(), null, slots(null, r.columns(edition).size(), NOT_FOUND, null)));
                }
            }
        }
        if ((apps || active) && !read.reviewFound) {
            missing.add("review_litigation");
        }
        if (apps) {
            for (ApplicationRow r : ApplicationRow.rows(edition, edition == Edition.E2019 || collapsed)) {
                if (missing.contains("applications/" + r.code())) {
                    read.unplaced(Label.application(r), "row-not-found");
                }
            }
        }
        if (active) {
            for (ActiveRow r : ActiveRow.rows(edition)) {
                if (missing.contains("active_disclosure/" + r.code())) {
                    read.unplaced(Label.active(r), "row-not-found");
                }
            }
        }
        for (String m : missing) {
            problems.add(NOT_FOUND, m + ": no row label of the template's was found for it in the running"
                    + " text (misspelt or lost?); its cells are left missing", null);
        }
    }

    private static List<GluedRow> emptyRows(TablesRead read) {
        boolean subRows = read.gluedApplications.keySet().stream().anyMatch(ApplicationRow::isOtherSubRow);
        List<GluedRow> out = new ArrayList<>();
        for (GluedRow g : read.gluedEmpty) {
            // （六）其他处理 heads its three sub-rows: then it is a group label, no row of its own
            if (!(subRows && g.label().application() == ApplicationRow.OTHER)) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean impossible(SplitResult<?> r) {
        return r != null && r.problems().stream().anyMatch(p -> p.code().equals(IMPOSSIBLE));
    }

    /**
     * The rows a split decided become rows read; a row it left undecided becomes a row of uncertain
     * slots ({@link Cell#MISSING} marked with the splitter's problem code), except for the cells every
     * split that fits agrees on, which are read. When the dump lost cells no row is kept (its slots
     * marked {@link #LOST}) but one whose cells stand apart ({@link #separated}).
     */
    private static <R> void keep(SplitResult<R> r, Map<R, GluedRow> glued, Map<R, RowRead> rows, String table,
            boolean lost, ProblemList problems, java.util.function.ToIntFunction<R> columns) {
        r.values().forEach((row, values) -> {
            GluedRow g = glued.get(row);
            if (lost && !separated(g.tokens(), columns.applyAsInt(row))) {
                problems.add(LOST, table + TableWalker.code(g.label()) + ": '" + String.join(" ", tokenTexts(g.tokens()))
                        + "' splits one way, but cells of this dump were lost, so it is not kept", g.labelCell().span());
            } else {
                rows.putIfAbsent(row, rowRead(g, values, r.texts().get(row)));
            }
        });
        glued.forEach((row, g) -> {
            int n = columns.applyAsInt(row);
            if (n == 0 || r.values().containsKey(row) && (!lost || separated(g.tokens(), n))) {
                return;
            }
            String own = problemCode(r.problems(), table + TableWalker.code(g.label()) + ":");
            String code = own != null ? own : lost ? LOST : AMBIGUOUS;
            List<SplitResult.Agreed> agreed = lost ? null : r.agreed().get(row);
            rows.putIfAbsent(row, new RowRead(g.labelCell().text(), g.labelCell().span(),
                    slots(agreed, n, code, g.tokens().isEmpty() ? g.labelCell().span() : g.tokens().get(0).span())));
        });
    }

    /**
     * True when a row's value cells stand apart, one token per column: no blank of it can have left
     * no trace (a dump's spaces stand only between cells, so tokens are never more than the cells
     * written), so its split holds even in a dump that lost cells elsewhere.
     */
    private static boolean separated(List<GridCell> tokens, int columns) {
        return columns > 0 && tokens.size() == columns;
    }

    /**
     * {@code n} cells: those every fitting split agrees on (when {@code agreed} is given) read, at the
     * run's position; the others missing, marked uncertain with {@code code}.
     */
    private static List<Cell> slots(List<SplitResult.Agreed> agreed, int n, String code, SourceSpan span) {
        List<Cell> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SplitResult.Agreed a = agreed == null || i >= agreed.size() ? null : agreed.get(i);
            if (a == null) {
                out.add(Cell.MISSING.uncertain(code));
            } else {
                out.add(a.value() == null ? Cell.blank(a.text(), span) : Cell.read(a.value(), a.text(), span));
            }
        }
        return out;
    }

    /** The code of the problem whose message starts with {@code prefix}, or null. */
    private static String problemCode(List<Problem> found, String prefix) {
        for (Problem p : found) {
            if (p.message().startsWith(prefix)) {
                return p.code();
            }
        }
        return null;
    }

    private static boolean inEdition(ApplicationRow row, Edition edition) {
        // 2019 has （六）其他处理 as one row only: its three other.* rows glued into a 2019 dump are not in it
        return ApplicationRow.rows(edition, true).contains(row)
                || edition != Edition.E2019 && ApplicationRow.rows(edition, false).contains(row);
    }

    /**
     * Glued rows of table 三 kept whose own sums do not confirm them: where the total is not the sum of
     * the parts, the digits split one way only, but a stray digit run into them (a page number, a
     * footnote mark) cannot be told from a misprint ({@value #UNCONFIRMED}); where a blank leaves the
     * sum open, nothing checks them ({@value #UNCHECKED}). Their cells are uncertain, and then so are
     * the cells of every other glued row that only the table's column sums, which take in those rows,
     * decided.
     */
    private static void unconfirmed(TablesRead read, Edition edition, ProblemList problems) {
        Map<ApplicationRow, String> doubted = new LinkedHashMap<>();
        read.gluedApplications.forEach((row, g) -> {
            RowRead r = read.applications.get(row);
            if (r == null || r.span() != g.labelCell().span()) {
                return;
            }
            if (r.values().stream().anyMatch(c -> !c.isCertain())) {
                return; // a row kept in part: its unknown cells say so; the rest stand in every split its sums allow
            }
            RowFit.Sums sums = RowFit.sums(r.values(), Applicant.all().size());
            if (sums == RowFit.Sums.BROKEN) {
                doubted.put(row, UNCONFIRMED);
                problems.add(UNCONFIRMED, "applications/" + row.code() + ": '" + String.join(" ", tokenTexts(g.tokens()))
                        + "' splits one way only, but its total is not the sum of its parts: a stray digit may have"
                        + " run into it; its cells are marked uncertain", g.labelCell().span());
            } else if (sums == RowFit.Sums.OPEN) {
                doubted.put(row, UNCHECKED);
            }
        });
        if (doubted.isEmpty()) {
            return;
        }
        if (doubted.containsValue(UNCHECKED)) {
            problems.add(UNCHECKED, "applications: the rows " + doubted.entrySet().stream()
                    .filter(e -> e.getValue().equals(UNCHECKED)).map(e -> e.getKey().code())
                    .collect(java.util.stream.Collectors.joining(", ")) + " were split from numbers run together"
                    + " with a blank, which leaves their sums open (a stray digit run into one cannot be seen);"
                    + " their cells are marked uncertain", null);
        }
        read.gluedApplications.forEach((row, g) -> {
            RowRead r = read.applications.get(row);
            if (r == null || r.span() != g.labelCell().span()) {
                return;
            }
            String code = doubted.get(row);
            if (code == null && !ArithmeticSplitter.applications(Map.of(row, tokenTexts(g.tokens())), edition)
                    .values().containsKey(row)) {
                code = UNCHECKED; // decided only by column sums that take in a doubted row
            }
            if (code != null) {
                read.applications.put(row, r.with(TableAssembler.mark(r.values(), code)));
            }
        });
    }

    /** Problem code of a glued row split the one way its digits allow whose sums do not hold. */
    static final String UNCONFIRMED = "split-sums-broken";

    /**
     * Glued rows of table 二 kept: table 二 has no sums, so nothing checks that their digits are all
     * theirs (a page number or footnote digit run into {@code 107} reads {@code 1107}); their cells
     * are uncertain ({@value #UNCHECKED}).
     */
    private static void unchecked(TablesRead read, ProblemList problems) {
        List<String> rows = new ArrayList<>();
        read.gluedActive.forEach((row, g) -> {
            RowRead r = read.active.get(row);
            if (r != null && r.span() == g.labelCell().span()) {
                read.active.put(row, r.with(TableAssembler.mark(r.values(), UNCHECKED)));
                rows.add(row.code());
            }
        });
        if (!rows.isEmpty()) {
            problems.add(UNCHECKED, "active_disclosure: the rows " + String.join(", ", rows) + " were split from"
                    + " numbers run together, which no sum of table 二 checks (a stray digit run into one cannot be"
                    + " seen); their cells are marked uncertain", read.gluedActive.values().iterator().next().labelCell().span());
        }
    }

    /** Problem code of glued rows of table 二, split with no sum to check them. */
    static final String UNCHECKED = "split-unchecked";

    /**
     * A row of table 三 with fewer values than columns whose numbers may have run together in the
     * source ({@code 予以公开 8 100009}): when its own arithmetic splits it exactly one way, the split
     * row (reported as {@code row-split}; uncertain in a cell stream, where the row may instead be short
     * for a blank that left no trace); otherwise the row as read. A row of values recognised from an
     * image by a recogniser is never split.
     */
    static RowRead shortRow(ApplicationRow row, RowRead r, Edition edition, ProblemList problems) {
        if (r.values().stream().anyMatch(c -> TableAssembler.recognised(List.of(c)))) {
            // a value recognised from an image is read from its own ruled cell: numbers never run together
            // there, so a row short of a value lost a cell (text where a value stands), not a separator
            return r;
        }
        List<GridCell> tokens = new ArrayList<>();
        int chars = 0;
        for (Cell c : r.values()) {
            String raw = c.raw() == null ? "" : c.raw().strip();
            if (c.value() != null && !isRunToken(raw)) {
                return r; // units, separators: one number as written, not a run of several
            }
            tokens.add(GridCell.of(raw, c.span()));
            chars += c.value() == null ? 1 : raw.length();
        }
        if (chars < Applicant.all().size()) {
            return r;
        }
        SplitResult<ApplicationRow> s = ArithmeticSplitter.applications(Map.of(row, tokenTexts(tokens)), edition);
        List<BigDecimal> values = s.values().get(row);
        if (values == null) {
            return r;
        }
        problems.add("row-split", "the row " + row.code() + " has " + r.values().size() + " values for "
                + values.size() + " columns; numbers run together split one way only by its sum: "
                + String.join(" ", s.texts().get(row)), r.span());
        List<Cell> split = cells(tokens, values, s.texts().get(row));
        // in a stream a blank may leave no trace: the row may be short for a lost blank, not for numbers
        // run together, so the split is one reading among others
        return r.with(r.stream() ? TableAssembler.mark(split, "row-split") : split);
    }

    private static <R> Map<R, List<String>> texts(Map<R, GluedRow> rows) {
        Map<R, List<String>> out = new LinkedHashMap<>();
        rows.forEach((r, g) -> out.put(r, tokenTexts(g.tokens())));
        return out;
    }

    /** The tokens for the splitter; an empty cell is a blank cell. */
    private static List<String> tokenTexts(List<GridCell> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (GridCell c : tokens) {
            out.add(c.text().isBlank() ? "—" : c.text().strip());
        }
        return out;
    }

    private static RowRead rowRead(GluedRow g, List<BigDecimal> values, List<String> texts) {
        return new RowRead(g.labelCell().text(), g.labelCell().span(), cells(g.tokens(), values, texts), true, g.doubt());
    }

    /**
     * The cells of a split, each with the characters of the tokens it was cut from: the split's texts
     * lie end to end over the tokens (a blank marker is a whole token; other characters map one to one).
     */
    static List<Cell> cells(List<GridCell> tokens, List<BigDecimal> values, List<String> texts) {
        List<Cell> out = new ArrayList<>(values.size());
        int tok = 0;
        int off = 0;
        for (int i = 0; i < values.size(); i++) {
            GridCell t = tok < tokens.size() ? tokens.get(tok) : null;
            int len = texts.get(i).length();
            if (t == null || (values.get(i) == null ? off > 0 : off + len > t.text().length())) {
                out.add(fallback(values.get(i), texts.get(i), tokens));
                continue;
            }
            String raw = values.get(i) == null ? t.text() : t.text().substring(off, off + len);
            SourceSpan span = shift(t.span(), off);
            out.add(values.get(i) == null ? Cell.blank(raw, span) : Cell.read(values.get(i), raw, span));
            off = values.get(i) == null ? t.text().length() : off + len;
            if (off >= t.text().length()) {
                tok++;
                off = 0;
            }
        }
        return out;
    }

    private static Cell fallback(BigDecimal value, String text, List<GridCell> tokens) {
        SourceSpan span = tokens.isEmpty() ? null : tokens.get(0).span();
        return value == null ? Cell.blank(text, span) : Cell.read(value, text, span);
    }

    /** A text position moved right by {@code chars}; other positions as they are. */
    private static SourceSpan shift(SourceSpan s, int chars) {
        if (s == null || chars == 0 || s.line() == 0 || s.path() != null || s.page() != 0) {
            return s;
        }
        return SourceSpan.text(s.line(), s.column() + chars);
    }

    /**
     * Table 四: decided groups get their cells, undecided ones stay missing, marked uncertain (but for
     * the cells every fitting split agrees on); problems name the groups.
     */
    private static void review(TablesRead read, SplitResult<ReviewGroup> r, boolean lost, ProblemList problems) {
        SourceSpan span = read.gluedReview.get(0).span();
        List<String> missing = new ArrayList<>();
        lost &= !separated(read.gluedReview, ReviewGroup.all().size() * ReviewColumn.all().size());
        for (ReviewGroup g : ReviewGroup.all()) {
            if (lost || !r.values().containsKey(g)) {
                missing.add(g.code());
            }
        }
        for (Problem p : r.problems()) {
            problems.add(p.code(), p.message() + "; left missing: " + String.join(", ", missing), span);
        }
        if (lost && missing.size() > 0 && r.problems().isEmpty()) {
            problems.add(LOST, "review_litigation: cells of this dump were lost, so its groups are not kept; left missing: "
                    + String.join(", ", missing), span);
        }
        if (missing.isEmpty()) {
            List<BigDecimal> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (ReviewGroup g : ReviewGroup.all()) {
                values.addAll(r.values().get(g));
                texts.addAll(r.texts().get(g));
            }
            List<Cell> all = cells(read.gluedReview, values, texts);
            int w = ReviewColumn.all().size();
            for (int g = 0; g < all.size(); g += w) {
                List<Cell> group = all.subList(g, Math.min(all.size(), g + w));
                RowFit.Sums sums = RowFit.sums(group, w);
                if (sums != RowFit.Sums.HOLD) {
                    String code = sums == RowFit.Sums.BROKEN ? UNCONFIRMED : UNCHECKED;
                    problems.add(code, "review_litigation/" + ReviewGroup.all().get(g / w).code() + ": its numbers"
                            + (sums == RowFit.Sums.BROKEN ? " split one way only, but its total is not the sum of its parts"
                            : " hold a blank, which leaves its sum open") + ": a stray digit may have run into them;"
                            + " its cells are marked uncertain", span);
                    group = TableAssembler.mark(group, code);
                }
                read.review.addAll(group);
            }
            return;
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            List<BigDecimal> values = missing.contains(g.code()) ? null : r.values().get(g);
            if (values == null) {
                String own = problemCode(r.problems(), "review_litigation/" + g.code() + ":");
                String code = own != null ? own : lost ? LOST : r.problems().isEmpty() ? AMBIGUOUS : r.problems().get(0).code();
                read.review.addAll(slots(lost ? null : r.agreed().get(g), ReviewColumn.all().size(), code, span));
                continue;
            }
            for (int c = 0; c < ReviewColumn.all().size(); c++) {
                if (values == null) {
                    read.review.add(Cell.MISSING.uncertain(r.values().containsKey(g) ? LOST
                            : codeOf(r.problems(), g, IMPOSSIBLE)));
                } else {
                    String text = r.texts().get(g).get(c);
                    read.review.add(values.get(c) == null ? Cell.blank(text, span) : Cell.read(values.get(c), text, span));
                }
            }
        }
    }

    /** The code of the splitter's problem about a group of table 四, else {@code fallback}. */
    private static String codeOf(List<Problem> found, ReviewGroup g, String fallback) {
        for (Problem p : found) {
            if (p.message().startsWith("review_litigation/" + g.code())) {
                return p.code();
            }
        }
        return fallback;
    }

    private static <R> void report(List<Problem> found, Map<R, GluedRow> rows, String table, ProblemList problems) {
        for (Problem p : found) {
            SourceSpan span = null;
            for (GluedRow g : rows.values()) {
                if (p.message().startsWith(table + TableWalker.code(g.label()) + ":")) {
                    span = g.labelCell().span();
                }
            }
            problems.add(p.code(), p.message(), span);
        }
    }
}
