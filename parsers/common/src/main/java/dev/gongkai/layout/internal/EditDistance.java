package dev.gongkai.layout.internal;

/** Levenshtein distance with an upper bound, for matching labels with typos. */
final class EditDistance {

    private EditDistance() {}

    /** The distance between a and b, or {@code max + 1} when it exceeds {@code max}. */
    static int within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }

    /** The distance a label of this key length may be from its template form. */
    static int allowed(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 7) {
            return 1;
        }
        return length / 5;
    }
}
