package dev.gongkai.parser.pdf.internal;

import dev.gongkai.layout.Block;
import dev.gongkai.layout.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prose of a scan's OCR text layer written as a born-digital page writes it. Tesseract's layer puts a
 * space after every word it segmented, so Chinese comes out spaced ({@code 政 府 信息 公开},
 * {@code 2 0 2 3 年}) and the interpreter, reading unspaced Chinese, finds the title, the statistical
 * period and the organ in fewer places than the page shows. On a page whose layer spaces Chinese
 * uniformly (at least {@value #SPACED} of the joins between two Chinese characters), a single space
 * between two Chinese characters or marks, between a Chinese character and a digit, and between the
 * digits of a year written one by one is dropped. Only paragraphs: a table cell is read by its own
 * rules, and two numbers in a cell are never joined. Not API.
 */
final class SpacedLayers {

    /** The share of joins between two Chinese characters written with a space that marks a spaced layer. */
    static final double SPACED = 0.3;

    private static final java.util.regex.Pattern SPACED_YEAR =
            java.util.regex.Pattern.compile("(?<!\\d)(?<!\\d )(1|2) (9|0) (\\d) (\\d)(?! ?\\d)");

    private SpacedLayers() {}

    /** The blocks with the paragraphs of the spaced OCR-layer pages among {@code pages} unspaced. */
    static List<Block> unspaced(List<Block> blocks, Set<Integer> pages) {
        if (pages.isEmpty()) {
            return blocks;
        }
        int[][] joins = new int[pageCount(blocks) + 1][2]; // per page: joins, spaced joins
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.span() != null && pages.contains(p.span().page())) {
                count(p.text(), joins[p.span().page()]);
            }
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.span() != null && pages.contains(p.span().page())
                    && spaced(joins[p.span().page()])) {
                out.add(new Paragraph(unspaced(p.text()), p.span()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static int pageCount(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.span() != null) {
                n = Math.max(n, p.span().page());
            }
        }
        return n;
    }

    private static boolean spaced(int[] joins) {
        return joins[0] > 0 && joins[1] >= SPACED * joins[0];
    }

    /** Adds to {@code joins} the joins of two Chinese characters in {@code s}: all, and those with one space. */
    static void count(String s, int[] joins) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (!han(s.charAt(i))) {
                continue;
            }
            if (han(s.charAt(i + 1))) {
                joins[0]++;
            } else if (s.charAt(i + 1) == ' ' && i + 2 < s.length() && han(s.charAt(i + 2))) {
                joins[0]++;
                joins[1]++;
            }
        }
    }

    /** A spaced layer's text unspaced: see the class. */
    static String unspaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && joined(s.charAt(i - 1), s.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return spacedYears(out.toString());
    }

    /** True when a single space between {@code a} and {@code b} is the layer's, not the text's. */
    private static boolean joined(char a, char b) {
        boolean ca = chinese(a), cb = chinese(b);
        return ca && cb || ca && digit(b) || digit(a) && cb;
    }

    /** {@code 2 0 2 3} (a year's four digits one by one, single spaces, no digit around): {@code 2023}. */
    private static String spacedYears(String s) {
        return SPACED_YEAR.matcher(s).replaceAll("$1$2$3$4");
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A Chinese character, or a mark of Chinese text (，。、《》（）“” and the full-width forms). */
    private static boolean chinese(char c) {
        return han(c) || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef' || c == '“' || c == '”'
                || c == '‘' || c == '’';
    }
}
