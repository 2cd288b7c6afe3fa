package dev.gongkai.validation.internal.rules;

import java.math.BigDecimal;
import java.util.Collection;

/** Arithmetic over cells that may be blank: a sum with any blank term is unknown, never a guess. */
final class Sums {
    private Sums() {}

    /** The sum, or {@code null} when a term is {@code null} (blank or missing). */
    static BigDecimal sum(Collection<BigDecimal> terms) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal t : terms) {
            if (t == null) {
                return null;
            }
            s = s.add(t);
        }
        return s;
    }

    /** The sum of two, or {@code null}. */
    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** True when both are known and differ by more than the tolerance. */
    static boolean differ(BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
        return expected != null && actual != null && expected.subtract(actual).abs().compareTo(tolerance) > 0;
    }
}
