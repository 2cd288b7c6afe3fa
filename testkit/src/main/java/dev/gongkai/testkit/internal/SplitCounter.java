package dev.gongkai.testkit.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the ways a run of digits splits into numbers (no leading zeros, as documents write them) so
 * that a row's arithmetic holds. Counts stop growing at {@link #CAP}.
 */
public final class SplitCounter {

    /** Counts are capped here: anything at the cap means "very many". */
    public static final long CAP = 1_000_000;

    /** What a cell may hold. */
    public enum Kind { COUNT, SIGNED, AMOUNT }

    private final String s;
    private final Map<String, Long> memo = new HashMap<>();

    private SplitCounter(String s) {
        this.s = s;
    }

    /** Splits with no arithmetic: any split into cells of the given kinds. */
    public static long any(String digits, List<Kind> kinds) {
        return new SplitCounter(digits).free(0, 0, kinds);
    }

    /** Splits of n count cells where the first n-1 add up to the last. */
    public static long sumLast(String digits, int n) {
        return new SplitCounter(digits).sumLast(0, digits.length(), n);
    }

    /** Splits into groups of five count cells, each group's first four adding up to its fifth. */
    public static long groupsOfFive(String digits, int groups) {
        return new SplitCounter(digits).groups(0, groups);
    }

    private long free(int pos, int idx, List<Kind> kinds) {
        if (idx == kinds.size()) {
            return pos == s.length() ? 1 : 0;
        }
        String key = "f" + pos + ":" + idx;
        Long m = memo.get(key);
        if (m != null) {
            return m;
        }
        long total = 0;
        for (int end = pos + 1; end <= s.length(); end++) {
            if (token(pos, end, kinds.get(idx)) != null) {
                total = Math.min(CAP, total + free(end, idx + 1, kinds));
            }
        }
        memo.put(key, total);
        return total;
    }

    private long groups(int pos, int left) {
        if (left == 0) {
            return pos == s.length() ? 1 : 0;
        }
        long total = 0;
        for (int end = pos + 5; end <= s.length(); end++) {
            long here = sumLast(pos, end, 5);
            if (here > 0) {
                total = Math.min(CAP, total + here * groups(end, left - 1));
            }
        }
        return total;
    }

    /** Splits of s[from, to) into n counts, the last being the sum of the others. */
    private long sumLast(int from, int to, int n) {
        long total = 0;
        for (int start = to - 1; start >= from + n - 1; start--) {
            BigInteger sum = token(start, to, Kind.COUNT);
            if (sum != null) {
                total = Math.min(CAP, total + summing(from, start, n - 1, sum));
            }
        }
        return total;
    }

    /** Splits of s[pos, to) into k counts adding up to target. */
    private long summing(int pos, int to, int k, BigInteger target) {
        if (k == 0) {
            return pos == to && target.signum() == 0 ? 1 : 0;
        }
        if (target.signum() < 0 || to - pos < k) {
            return 0;
        }
        String key = pos + ":" + to + ":" + k + ":" + target;
        Long m = memo.get(key);
        if (m != null) {
            return m;
        }
        long total = 0;
        for (int end = pos + 1; end <= to - (k - 1); end++) {
            BigInteger v = token(pos, end, Kind.COUNT);
            if (v == null) {
                break;
            }
            if (v.compareTo(target) > 0) {
                break;
            }
            total = Math.min(CAP, total + summing(end, to, k - 1, target.subtract(v)));
        }
        memo.put(key, total);
        return total;
    }

    /** The number s[from, to) as a document would write it, or null if it cannot be one. */
    private BigInteger token(int from, int to, Kind kind) {
        String t = s.substring(from, to);
        if (kind == Kind.SIGNED && t.startsWith("-")) {
            t = t.substring(1);
            if (t.equals("0")) {
                return null;
            }
        }
        String whole = t;
        if (kind == Kind.AMOUNT) {
            int dot = t.indexOf('.');
            if (dot >= 0) {
                String frac = t.substring(dot + 1);
                if (frac.isEmpty() || frac.endsWith("0") || !frac.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                whole = t.substring(0, dot);
            }
        }
        if (whole.isEmpty() || !whole.chars().allMatch(c -> c >= '0' && c <= '9')
                || (whole.length() > 1 && whole.charAt(0) == '0')) {
            return null;
        }
        return new BigInteger(whole);
    }
}
