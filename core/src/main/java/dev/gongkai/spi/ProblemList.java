package dev.gongkai.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A capped list of problems: keeps the first {@code max}, counts the rest. Not thread-safe.
 *
 * @since 0.1
 */
public final class ProblemList {
    private final int max;
    private final List<Problem> kept = new ArrayList<>();
    private int dropped;

    private ProblemList(int max) {
        this.max = max;
    }

    /** A list that keeps at most {@code max} problems. */
    public static ProblemList tracking(int max) {
        return new ProblemList(max);
    }

    /** Adds a problem, or counts it as dropped when the list is full. */
    public void add(Problem p) {
        if (kept.size() < max) {
            kept.add(p);
        } else {
            dropped++;
        }
    }

    public void add(String code, String message, dev.gongkai.model.SourceSpan span) {
        add(new Problem(code, message, span));
    }

    /** The problems kept, in the order added. */
    public List<Problem> list() {
        return Collections.unmodifiableList(kept);
    }

    /** How many problems were not kept. */
    public int dropped() {
        return dropped;
    }

    public boolean isEmpty() {
        return kept.isEmpty() && dropped == 0;
    }
}
