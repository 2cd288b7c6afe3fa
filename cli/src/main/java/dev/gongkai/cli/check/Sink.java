package dev.gongkai.cli.check;

import java.io.IOException;

/** Where the outcomes of a batch go. */
public interface Sink {

    /** Writes what belongs to this file alone; called from the worker threads, concurrently. */
    default void writeOwn(Outcome outcome) throws IOException {}

    /** Takes an outcome; called for one outcome at a time, from one thread, in the order of the walk. */
    void accept(Outcome outcome) throws IOException;

    /** Called when no outcome came for a while: a chance to hand buffered output to the system. */
    default void idle() throws IOException {}

    /**
     * Ends the batch: the findings of the second pass (cross-year, duplicates) by source join the findings
     * accepted before, with the counts of organs, year pairs and duplicates.
     */
    default void finish(CrossYear.Result batch) throws IOException {}
}
