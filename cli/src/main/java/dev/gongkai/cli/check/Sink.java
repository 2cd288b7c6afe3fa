package dev.gongkai.cli.check;

import java.io.IOException;
import java.util.Map;

/** Where the outcomes of a batch go. */
public interface Sink {

    /** Writes what belongs to this file alone; called from the worker threads, concurrently. */
    default void writeOwn(Outcome outcome) throws IOException {}

    /** Takes an outcome; called for one outcome at a time, in the order they finish. */
    void accept(Outcome outcome) throws IOException;

    /**
     * Ends the batch: the cross-year findings by source (only reports that have some) join the findings
     * accepted before.
     */
    default void finish(Map<String, CrossYear.Added> crossYear) throws IOException {}
}
