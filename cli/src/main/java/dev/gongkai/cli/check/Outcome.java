package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import java.util.List;

/**
 * What became of one file.
 *
 * @param input the file
 * @param status the status
 * @param parser the name of the reader that read it, or {@code null}
 * @param report the report read, or {@code null}; dropped once written
 * @param reason why the file is unreadable or skipped, else {@code null}
 * @param checked its findings, or {@code null} when skipped
 * @param notes the problems the reader reported, empty when it reported none or read nothing
 */
public record Outcome(Input input, Status status, String parser, Report report, String reason, Checked checked,
        List<ReaderNote> notes) {

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
        return new Outcome(input, s, parser, report, reason, checked, notes);
    }

    /** A file no reader takes. */
    public static Outcome skipped(Input input, String reason) {
        return new Outcome(input, Status.SKIPPED, null, null, reason, null, List.of());
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
