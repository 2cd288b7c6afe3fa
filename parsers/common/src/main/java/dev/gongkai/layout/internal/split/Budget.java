package dev.gongkai.layout.internal.split;

/** A count of search nodes that may still be visited; the searches stop when it runs out. */
final class Budget {
    private long left;

    Budget(long nodes) {
        this.left = nodes;
    }

    /** Spends one node; false once the budget is exhausted. */
    boolean spend() {
        return --left >= 0;
    }

    boolean exhausted() {
        return left < 0;
    }
}
