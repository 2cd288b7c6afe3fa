package dev.gongkai.layout.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years and dates written in Chinese reports: 2024年1月30日, 二〇二四年一月三十日. */
final class Dates {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern LOOSE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private Dates() {}

    /** The date a whole line states, or {@code null}. */
    static LocalDate date(String line) {
        String n = Normalizer.normalise(line);
        int y = n.indexOf('年');
        int m = n.indexOf('月');
        int d = n.indexOf('日');
        if (y <= 0 || m <= y || d <= m || d != n.length() - 1 || n.length() > 20) {
            return null;
        }
        int year = number(n.substring(0, y), true);
        int month = number(n.substring(y + 1, m), false);
        int day = number(n.substring(m + 1, d), false);
        return month < 1 || day < 1 ? null : of(year, month, day);
    }

    /**
     * The date a value starts with, as carriers write it: {@code 2021-01-29 10:15}, {@code 2021/1/29},
     * {@code 2021.01.29}, {@code 20210129}, {@code 2021年1月29日}, {@code 二〇二一年一月二十九日};
     * {@code null} when it starts with none.
     */
    static LocalDate loose(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '／' ? '/' : c == '－' ? '-' : c);
        }
        String n = b.toString().strip();
        Matcher m = LOOSE.matcher(n);
        if (m.lookingAt()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = COMPACT.matcher(n);
        if (m.lookingAt()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        int d = n.indexOf('日');
        return d > 0 && d < 24 ? date(n.substring(0, d + 1)) : null;
    }

    private static LocalDate of(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A number in ASCII digits or Chinese numerals ({@code 二〇二四} digit by digit, {@code 三十一}). */
    private static int number(String s, boolean digitByDigit) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int v = 0;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                ascii = false;
                break;
            }
            v = v * 10 + (c - '0');
        }
        if (ascii) {
            return v;
        }
        if (digitByDigit || s.indexOf('十') < 0) {
            v = 0;
            for (int i = 0; i < s.length(); i++) {
                int dgt = s.charAt(i) == '零' ? 0 : DIGITS.indexOf(s.charAt(i));
                if (dgt < 0) {
                    return -1;
                }
                v = v * 10 + dgt;
            }
            return v;
        }
        int ten = s.indexOf('十');
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(s.length() - 1));
        return tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }

    /** The position of the first year (19xx/20xx followed by 年) in a text, or -1. */
    static int firstYearAt(String s, int from) {
        for (int i = from; i + 4 < s.length(); i++) {
            if (s.charAt(i + 4) == '年' && isYear(s, i) && (i == 0 || digit(s.charAt(i - 1)) < 0)) {
                return i;
            }
        }
        return -1;
    }

    static int yearAt(String s, int i) {
        return digit(s.charAt(i)) * 1000 + digit(s.charAt(i + 1)) * 100 + digit(s.charAt(i + 2)) * 10
                + digit(s.charAt(i + 3));
    }

    /** An ASCII or full-width digit's value, or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    private static boolean isYear(String s, int i) {
        int a = digit(s.charAt(i));
        int b = digit(s.charAt(i + 1));
        return ((a == 1 && b == 9) || (a == 2 && b == 0)) && digit(s.charAt(i + 2)) >= 0 && digit(s.charAt(i + 3)) >= 0;
    }

    /** The year most often mentioned in a text (the first on ties), or {@code null}. */
    static Integer mostFrequentYear(String s) {
        int[] counts = new int[200];
        int firstBest = -1;
        int best = 0;
        for (int i = firstYearAt(s, 0); i >= 0; i = firstYearAt(s, i + 5)) {
            int y = yearAt(s, i) - 1900;
            counts[y]++;
            if (counts[y] > best) {
                best = counts[y];
                firstBest = y;
            }
        }
        return firstBest < 0 ? null : firstBest + 1900;
    }

    /** The year of the statistical period (the year before 1月1日), or {@code null}. */
    static Integer periodYear(String s) {
        int i = s.indexOf("年1月1日");
        while (i >= 4) {
            if (firstYearAt(s, i - 4) == i - 4) {
                return yearAt(s, i - 4);
            }
            i = s.indexOf("年1月1日", i + 1);
        }
        return null;
    }
}
