package dev.gongkai.cli.check;

import java.io.IOException;

/** Where the outcomes of a batch go. */
public interface Sink {

    /** Writes what belongs to this file alone; called from the worker threads, concurrently. */
    default void writeOwn(Outcome outcome) throws IOException {}

    /** Takes an outcome; called for one outcome at a time, in the order they finish. */
    void accept(Outcome outcome) throws IOException;

    /**
     * Ends the batch: the findings of the second pass (cross-year, duplicates) by source join the findings
     * accepted before, with the counts of organs, year pairs and duplicates.
     */
    default void finish(CrossYear.Result batch) throws IOException {}
}
