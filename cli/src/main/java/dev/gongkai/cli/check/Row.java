package dev.gongkai.cli.check;

import java.util.ArrayList;
import java.util.List;

/**
 * One file of a batch as kept on disk until the end (one JSON line per file in a work file), for the
 * outputs written last: everything but the report itself.
 *
 * @param source the source path
 * @param json the path of its canonical JSON below the output folder, or {@code null}
 * @param status the status
 * @param parser the reader's name or {@code null}
 * @param organ the organ or {@code null}
 * @param year the year or {@code null}
 * @param edition the edition code or {@code null}
 * @param reason why unreadable or skipped, or {@code null}
 * @param issues the findings
 * @param findingsJson the SPEC section 7 line, or {@code null} when skipped
 * @param notes the problems the reader reported
 */
public record Row(String source, String json, Status status, String parser, String organ, Integer year,
        String edition, String reason, List<Issue> issues, String findingsJson, List<ReaderNote> notes) {

    public Row {
        issues = issues == null ? List.of() : List.copyOf(issues);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static Row of(Outcome o, String json) {
        if (o.restored() != null) {
            return o.restored();
        }
        var r = o.report();
        return new Row(o.input().source(), json, o.status(), o.parser(), r == null ? null : r.organ(),
                r == null ? null : r.year(), r == null ? null : r.edition().code(), o.reason(), o.issues(),
                o.checked() == null ? null : o.checked().findingsJson(), o.notes());
    }

    /** This row with the findings of the second pass (cross-year, duplicates) added. */
    Row with(CrossYear.Added added, String mergedJson) {
        List<Issue> all = new ArrayList<>(issues);
        all.addAll(added.checked().issues());
        return new Row(source, json, added.after(), parser, organ, year, edition, reason, all, mergedJson, notes);
    }

    /** This row with other findings JSON (e.g. {@code null}, when it is kept elsewhere). */
    Row withFindingsJson(String findings) {
        return new Row(source, json, status, parser, organ, year, edition, reason, issues, findings, notes);
    }

    public int count(Level level) {
        int n = 0;
        for (Issue i : issues) {
            if (i.level() == level) {
                n++;
            }
        }
        return n;
    }
}
