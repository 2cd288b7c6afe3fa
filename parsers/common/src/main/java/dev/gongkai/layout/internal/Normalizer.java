package dev.gongkai.layout.internal;

/**
 * Text normalisation for label matching: full-width forms to ASCII, no white space or line breaks,
 * one form of quotes, brackets and colons, and the wording variants real reports use.
 */
public final class Normalizer {

    private static final String[][] VARIANTS = {
        {"只记", "只计"}, {"不记", "不计"}, {"结果维护", "结果维持"}, {"合计", "总计"},
        {"信访投诉举报类", "信访举报投诉类"}, {"其它", "其他"},
    };

    private Normalizer() {}

    /** Full-width to ASCII, white space removed, quotes/brackets/colons unified. */
    public static String normalise(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && map(s.charAt(i)) == s.charAt(i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            int c = map(s.charAt(i));
            if (c >= 0) {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    /** What {@link #normalise} makes of one character, or -1 when it drops it. */
    private static int map(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c = (char) (c - 0xFEE0);
        }
        if (Character.isWhitespace(c) || c == 0x3000 || c == 0xA0 || c == 0x200B || c == 0xFEFF) {
            return -1;
        }
        return switch (c) {
            case '“', '”', '„', '‟', '‘', '’', '「', '」', '『', '』', '\'' -> '"';
            case '【', '〔', '[', '〖' -> '(';
            case '】', '〕', ']', '〗' -> ')';
            case '〈', '《' -> '<';
            case '〉', '》' -> '>';
            case '．' -> '.';
            default -> c;
        };
    }

    /**
     * The matching key of a label: normalised, its leading numbering ({@code (一)}, {@code 1.},
     * {@code 一、}) removed, then only letters and digits, with wording variants unified.
     */
    public static String key(String label) {
        return keyOf(stripNumbering(normalise(label)));
    }

    /** Letters and digits of an already normalised text, with wording variants unified. */
    public static String keyOf(String normalised) {
        StringBuilder b = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String k = b.toString();
        for (String[] v : VARIANTS) {
            if (k.contains(v[0])) {
                k = k.replace(v[0], v[1]);
            }
        }
        return k;
    }

    /** The leading numbering of a normalised label ({@code "(一)"}, {@code "1."}), or {@code ""}. */
    public static String numbering(String normalised) {
        return normalised.substring(0, normalised.length() - stripNumbering(normalised).length());
    }

    /** A normalised label without its leading numbering. */
    public static String stripNumbering(String n) {
        if (n.isEmpty()) {
            return n;
        }
        if (n.charAt(0) == '(') {
            int close = n.indexOf(')');
            if (close > 1 && close <= 4 && allNumerals(n, 1, close)) {
                return n.substring(close + 1);
            }
            return n;
        }
        int i = 0;
        while (i < n.length() && i < 3 && isNumeral(n.charAt(i))) {
            i++;
        }
        if (i > 0 && i < n.length()) {
            char sep = n.charAt(i);
            if (sep == '、' || sep == '.' || sep == ',' || sep == '，' || sep == ':' || sep == ')') {
                return n.substring(i + 1);
            }
        }
        return n;
    }

    static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean allNumerals(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isNumeral(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
