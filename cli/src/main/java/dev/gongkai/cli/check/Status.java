package dev.gongkai.cli.check;

/** What became of one file, worst first (the order the report table sorts by). */
public enum Status {
    /** The file could not be read as a report: a {@code document.unreadable} finding. */
    UNREADABLE,
    /** Read; at least one ERROR finding. */
    ERROR,
    /** Read; WARNING findings but no ERROR. */
    WARNING,
    /** Read; no ERROR or WARNING finding (INFO findings may be). */
    OK,
    /** Not a document any installed reader takes; not checked. */
    SKIPPED;

    /** The lower-case name used in the outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status of a read report with these counts of ERROR and WARNING findings. */
    public static Status of(int errors, int warnings) {
        return errors > 0 ? ERROR : warnings > 0 ? WARNING : OK;
    }
}
