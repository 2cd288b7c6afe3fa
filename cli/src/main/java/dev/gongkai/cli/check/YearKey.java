package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import dev.gongkai.validation.ReportDigest;

/**
 * What a batch keeps of each report for its second pass (cross-year rules and {@code batch.duplicate}):
 * the library's {@link ReportDigest} (organ, year, edition, every table cell packed; about a kilobyte),
 * its source and its status before the pass.
 *
 * @param source the source path
 * @param digest the report's digest
 * @param status the report's status before the second pass
 */
public record YearKey(String source, ReportDigest digest, Status status) {

    /** The key of a report, or {@code null} when it names no year or no plausible organ. */
    public static YearKey of(String source, Report r, Status status) {
        ReportDigest d = ReportDigest.of(r);
        return d == null ? null : new YearKey(source, d, status);
    }

    /** The organ as written. */
    public String organ() {
        return digest.organ();
    }

    /** The year. */
    public int year() {
        return digest.year();
    }

    /** The packed cells. */
    public String cells() {
        return digest.cells();
    }

    /** A report holding the organ, year, edition, every table cell and the tables that could not be mapped. */
    public Report toReport() {
        return digest.toReport();
    }
}
