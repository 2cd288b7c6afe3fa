package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import java.util.List;

/**
 * What became of one file.
 *
 * @param input the file
 * @param status the status
 * @param parser the name of the reader that read it, or {@code null}
 * @param report the report read, or {@code null}; dropped once written (and {@code null} for an outcome restored
 *     from the journal of an earlier run)
 * @param reason why the file is unreadable or skipped, else {@code null}
 * @param checked its findings, or {@code null} when skipped
 * @param notes the problems the reader reported, empty when it reported none or read nothing
 * @param key what the second pass keeps of the report, or {@code null}
 * @param hash the SHA-256 of the file's content (hex), or {@code null} when not computed
 * @param restored the row this outcome was restored from (a file unchanged since an earlier run), else {@code null}
 */
public record Outcome(Input input, Status status, String parser, Report report, String reason, Checked checked,
        List<ReaderNote> notes, YearKey key, String hash, Row restored) {

    public Outcome {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An outcome of a read report or an unreadable file, its status from its findings. */
    public static Outcome of(Input input, String parser, Report report, String reason, Checked checked) {
        return of(input, parser, report, reason, checked, List.of());
    }

    /** An outcome of a read report, with the problems its reader reported. */
    public static Outcome of(Input input, String parser, Report report, String reason, Checked checked,
            List<ReaderNote> notes) {
        Status s = report == null ? Status.UNREADABLE : Status.of(count(checked, Level.ERROR), count(checked, Level.WARNING));
        YearKey key = report == null ? null : YearKey.of(input.source(), report, s);
        return new Outcome(input, s, parser, report, reason, checked, notes, key, null, null);
    }

    /** A file no reader takes. */
    public static Outcome skipped(Input input, String reason) {
        return new Outcome(input, Status.SKIPPED, null, null, reason, null, List.of(), null, null, null);
    }

    /** The outcome an earlier run recorded for an unchanged file. */
    static Outcome restored(Input input, Row row, YearKey key, String hash) {
        Checked c = row.findingsJson() == null ? null : new Checked(row.issues(), row.findingsJson());
        return new Outcome(input, row.status(), row.parser(), null, row.reason(), c, row.notes(), key, hash, row);
    }

    /** This outcome with the hash of its file's content. */
    public Outcome withHash(String contentHash) {
        return new Outcome(input, status, parser, report, reason, checked, notes, key, contentHash, restored);
    }

    /** The organ the report names, or {@code null}. */
    public String organ() {
        return report != null ? report.organ() : restored != null ? restored.organ() : null;
    }

    /** The findings, empty when skipped. */
    public List<Issue> issues() {
        return checked == null ? List.of() : checked.issues();
    }

    /** How many findings of a severity. */
    public int count(Level level) {
        return count(checked, level);
    }

    private static int count(Checked c, Level level) {
        if (c == null) {
            return 0;
        }
        int n = 0;
        for (Issue i : c.issues()) {
            if (i.level() == level) {
                n++;
            }
        }
        return n;
    }
}
