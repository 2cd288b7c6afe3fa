package dev.gongkai.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a text is plausibly the name of a government organ (SPEC §3): it ends as organs' names do
 * (…人民政府, …办公室, …局, …委员会, …县, …街道 …) and is not a page word, a pronoun (我局) or a site
 * name (…网站). The endings are data ({@code organ-names.txt} beside this class). Readers leave an
 * organ {@code null} rather than take a text that fails this; a batch keys organs only by names that
 * pass it. Thread-safe.
 *
 * @since 0.1
 */
public final class OrganNames {

    /** Names longer than this (without white space) are sentences, not names. */
    public static final int MAX_LENGTH = 40;

    private static final List<String> ENDINGS = new ArrayList<>();
    private static final List<String> NOT_ENDINGS = new ArrayList<>();
    private static final Set<String> WORDS = new HashSet<>();
    private static final String[] NEVER_INSIDE = {"政府信息公开", "年度报告", "报告", "年报", "正文", "附件", "首页"};

    static {
        try (InputStream in = OrganNames.class.getResourceAsStream("organ-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("organ-names.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String value = l.substring(l.indexOf(' ') + 1).strip();
                switch (l.substring(0, l.indexOf(' '))) {
                    case "end" -> ENDINGS.add(value);
                    case "not" -> NOT_ENDINGS.add(value);
                    case "word" -> WORDS.add(value);
                    default -> throw new IllegalStateException("organ-names.txt: unknown entry " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrganNames() {}

    /**
     * True when the text (white space ignored) is plausibly an organ's name.
     *
     * @param name a candidate, may be {@code null}
     */
    public static boolean plausible(String name) {
        return ending(name) != null;
    }

    /**
     * The organ ending the name has (the longest one listed), or {@code null} when the text is not
     * plausibly an organ's name.
     */
    public static String ending(String name) {
        if (name == null) {
            return null;
        }
        String c = compact(name);
        if (c.length() < 2 || c.length() > MAX_LENGTH || WORDS.contains(c) || ENDINGS.contains(c) || !nameCharacters(c)) {
            return null;
        }
        for (String w : NEVER_INSIDE) {
            if (c.contains(w)) {
                return null;
            }
        }
        for (String n : NOT_ENDINGS) {
            if (c.endsWith(n)) {
                return null;
            }
        }
        int bracket = Math.max(c.lastIndexOf('（'), c.lastIndexOf('('));
        if (bracket > 0 && (c.endsWith("）") || c.endsWith(")"))) {
            c = c.substring(0, bracket); // 某某县委办公室（县档案馆）: the name before the bracket
        }
        String best = null;
        for (String e : ENDINGS) {
            if (c.endsWith(e) && c.length() > e.length() && (best == null || e.length() > best.length())) {
                best = e;
            }
        }
        return best;
    }

    /** Han characters, Latin letters and digits, and balanced brackets (中共某某县委办公室（县档案馆）), nothing else. */
    private static boolean nameCharacters(String c) {
        int open = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == '（' || ch == '(') {
                open++;
            } else if (ch == '）' || ch == ')') {
                if (--open < 0) {
                    return false;
                }
            } else if (ch != '·' && ch != '〇' && !(ch < 128 && Character.isLetterOrDigit(ch))
                    && Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        // Latin letters and digits may stand in a name (ABC开发区管委会); it starts with a letter and ends in Han
        char first = c.charAt(0);
        return open == 0 && (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN
                || first < 128 && Character.isLetter(first));
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != 0x3000 && ch != 0xA0 && ch != 0xFEFF) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
