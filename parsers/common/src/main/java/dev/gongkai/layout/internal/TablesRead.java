package dev.gongkai.layout.internal;

import dev.gongkai.layout.GridCell;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the table walk found: rows of tables 二 and 三, the numbers of table 四, edition hints. */
public final class TablesRead {
    final Map<ApplicationRow, RowRead> applications = new EnumMap<>(ApplicationRow.class);
    final Map<ActiveRow, RowRead> active = new EnumMap<>(ActiveRow.class);
    final List<Cell> review = new ArrayList<>();
    /** Rows of glued tables, their value cells still run together (split once the edition is known). */
    final Map<ApplicationRow, GluedRow> gluedApplications = new EnumMap<>(ApplicationRow.class);
    final Map<ActiveRow, GluedRow> gluedActive = new EnumMap<>(ActiveRow.class);
    final List<GridCell> gluedReview = new ArrayList<>();
    /**
     * Rows of glued tables whose run holds bytes that could not be decoded (U+FFFD): a lost digit cannot
     * be told there, so they are not split (their cells are missing, reported).
     */
    final List<GluedRow> gluedDamaged = new ArrayList<>();
    /** The first undecodable cell inside table 四's glued run, which is then not split; or {@code null}. */
    GridCell gluedReviewDamage;
    /** Row labels of glued tables that had no values after them. */
    final List<GluedRow> gluedEmpty = new ArrayList<>();
    /** The kinds of row ({@code APPLICATION_ROW}: table 三, {@code ACTIVE_ROW}: table 二) read from a grid table. */
    final Set<Label.Kind> gridRead = EnumSet.noneOf(Label.Kind.class);
    /**
     * Rows of tables 二 and 三 whose label was seen with no value after it (a grid row whose cells are all
     * empty or cut off, or the label alone as a paragraph): the row is in the document, blank.
     */
    final Set<Enum<?>> labelsSeen = new java.util.HashSet<>();
    final Map<Edition, Integer> hints = new EnumMap<>(Edition.class);
    boolean reviewFound;
    /** Table 四's numbers came from a cell stream (a blank may leave no trace there). */
    boolean reviewStream;
    /** A page mark ({@code — 5 —}) stood among table 四's numbers and was skipped. */
    boolean reviewStrayText;
    /**
     * Rows the reader saw but could not place a value of (stacked labels, a stream row run into the
     * next, a glued run that splits no way or several), each with the problem code: their cells are
     * left missing and uncertain.
     */
    final Map<ApplicationRow, String> unplacedApplications = new EnumMap<>(ApplicationRow.class);
    final Map<ActiveRow, String> unplacedActive = new EnumMap<>(ActiveRow.class);

    /** Records a row whose values could not be placed (the first code given stands). */
    void unplaced(Label row, String problem) {
        if (row.kind() == Label.Kind.APPLICATION_ROW) {
            unplacedApplications.putIfAbsent(row.application(), problem);
        } else if (row.kind() == Label.Kind.ACTIVE_ROW) {
            unplacedActive.putIfAbsent(row.active(), problem);
        }
    }

    void hint(Edition e) {
        hints.merge(e, 1, Integer::sum);
    }

    int hints(Edition e) {
        return hints.getOrDefault(e, 0);
    }

    /** True when nothing of the template's tables was found. */
    public boolean isEmpty() {
        return applications.isEmpty() && active.isEmpty() && review.isEmpty() && gluedApplications.isEmpty()
                && gluedActive.isEmpty() && gluedReview.isEmpty();
    }
}
