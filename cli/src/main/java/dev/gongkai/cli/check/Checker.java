package dev.gongkai.cli.check;

import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseResult;

/** Validates reports for a batch. Implementations are thread-safe. */
public interface Checker {

    /** The findings of one parsed document, without the cross-year rules. */
    Checked check(String source, ParseResult parsed);

    /** The {@code document.unreadable} finding of a document that cannot be parsed. */
    Checked unreadable(String source, String reason);

    /**
     * The findings of the cross-year rules only, for a report given the previous year's report of the
     * same organ (both may hold only the cells those rules read).
     */
    Checked crossYear(String source, Report current, Report previous);
}
