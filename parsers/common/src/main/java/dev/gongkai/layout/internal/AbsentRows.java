package dev.gongkai.layout.internal;

import dev.gongkai.layout.Recognition;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.spi.ProblemList;
import java.util.Map;

/**
 * Rows of the template wholly absent from a table 二 or 三 read from a grid (no label of theirs found in
 * any of its rows: misspelt beyond what is matched, or lost with a cut page), said as a glued dump's are:
 * the problem {@code row-not-found} names each, and its cells are left missing and uncertain
 * ({@link TablesRead#unplaced}), never blank and never silently absent. A row seen but not placed, or
 * already said by the glued path, is not said again, nor one whose label was seen with no value (its
 * cells all empty or cut off, or the label alone as a paragraph: the row is there, blank); nor are the rows of a table recognised from an
 * image, which {@link RecognisedSums} says ({@code ocr-unreadable}).
 */
final class AbsentRows {

    private AbsentRows() {}

    static void inGrids(TablesRead read, Edition edition, boolean collapsed, ProblemList problems) {
        if (read.gridRead.contains(Label.Kind.APPLICATION_ROW) && !recognised(read.applications)) {
            for (ApplicationRow r : ApplicationRow.rows(edition, edition == Edition.E2019 || collapsed)) {
                if (!read.applications.containsKey(r) && !read.unplacedApplications.containsKey(r) && !read.labelsSeen.contains(r)
                        && !glued(read, Label.application(r))) {
                    say(read, Label.application(r), "applications/" + r.code(), "三", problems);
                }
            }
        }
        if (read.gridRead.contains(Label.Kind.ACTIVE_ROW) && !recognised(read.active)) {
            for (ActiveRow r : ActiveRow.rows(edition)) {
                if (!read.active.containsKey(r) && !read.unplacedActive.containsKey(r) && !read.labelsSeen.contains(r)
                        && !glued(read, Label.active(r))) {
                    say(read, Label.active(r), "active_disclosure/" + r.code(), "二", problems);
                }
            }
        }
    }

    /** A table recognised from an image: its rows not found are said by {@link RecognisedSums} ({@code ocr-unreadable}). */
    private static boolean recognised(Map<?, RowRead> rows) {
        return rows.values().stream().flatMap(r -> r.values().stream())
                .anyMatch(c -> Recognition.UNCHECKED.equals(c.uncertainty()));
    }

    private static boolean glued(TablesRead read, Label row) {
        return read.gluedApplications.containsKey(row.application()) || read.gluedActive.containsKey(row.active())
                || read.gluedEmpty.stream().anyMatch(g -> same(g.label(), row))
                || read.gluedDamaged.stream().anyMatch(g -> same(g.label(), row));
    }

    private static boolean same(Label a, Label b) {
        return a.kind() == b.kind() && a.application() == b.application() && a.active() == b.active();
    }

    private static void say(TablesRead read, Label row, String cell, String table, ProblemList problems) {
        problems.add(GluedSections.NOT_FOUND, cell + ": no row label of the template's was found for it in table "
                + table + " (misspelt or lost?); its cells are left missing", null);
        read.unplaced(row, GluedSections.NOT_FOUND);
    }
}
