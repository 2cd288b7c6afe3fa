package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.validation.NamedReport;
import java.util.List;

/** Validates reports for a batch. Implementations are thread-safe. */
public interface Checker {

    /** The findings of one parsed document, without the cross-year rules. */
    Checked check(String source, ParseResult parsed);

    /** The {@code document.unreadable} finding of a document that cannot be parsed. */
    Checked unreadable(String source, String reason);

    /** The {@code document.unreadable} finding of a document a reader refused, its reason said for people. */
    default Checked unreadable(String source, dev.gongkai.UnreadableDocumentException e) {
        return unreadable(source, Batch.reason(e));
    }

    /**
     * Only the findings the batch adds for a report: the cross-year rules given the previous year's report
     * of the same organ, and {@code batch.duplicate} given the same organ's other documents of the same
     * year (all of them may hold only their tables).
     *
     * @param previous the previous year's report, or {@code null}
     * @param duplicates the other documents of the organ and year, named by source; may be empty
     */
    Checked batch(String source, Report current, Report previous, List<NamedReport> duplicates);

    /**
     * {@link #batch(String, Report, Report, List)} with the subordinate organs' reports of the same year, one
     * per organ, for {@code batch.hierarchy-sum} ({@code --hierarchy}). A checker that does not take them
     * refuses a non-empty list.
     *
     * @param subordinates the subordinates' reports (digests: organ, year, tables); may be empty
     */
    default Checked batch(String source, Report current, Report previous, List<NamedReport> duplicates, List<Report> subordinates) {
        if (!subordinates.isEmpty()) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " does not check subordinates");
        }
        return batch(source, current, previous, duplicates);
    }
}
