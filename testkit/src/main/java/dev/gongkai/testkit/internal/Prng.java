package dev.gongkai.testkit.internal;

import java.util.List;

/**
 * A small SplitMix64 generator. Its output depends only on the seed (no JDK algorithm, no hashing, no
 * floating-point intrinsics), so the same seed gives the same reports on every machine and JDK.
 */
public final class Prng {
    private long state;

    public Prng(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An independent generator for one aspect of a report, so aspects do not shift each other. */
    public Prng split() {
        return new Prng(nextLong() ^ 0x5DEECE66DL);
    }

    /** A uniform int in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    /** A uniform int in [lo, hi]. */
    public int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    /** A uniform double in [0, 1), from 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[nextInt(items.length)];
    }

    /**
     * A count from 0 to max: 0 with probability pZero, otherwise log-uniform from 1 (so small counts are
     * common and large ones rare). Uses StrictMath so the result is the same on every platform.
     */
    public long count(double pZero, long max) {
        if (max <= 0 || chance(pZero)) {
            return 0;
        }
        double v = StrictMath.exp(nextDouble() * StrictMath.log(max + 1.0));
        return Math.max(1, Math.min(max, (long) v));
    }
}
