package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Page headers, footers and page numbers: lines in the top or bottom margin that are page numbers
 * ({@code — 5 —}, {@code - 4 -}, {@code 第 5 页}, {@code 5 / 12}) or that repeat on several pages.
 */
final class Furniture {

    /** The share of the page height at the top and at the bottom where furniture stands. */
    private static final float MARGIN = 0.1f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—–－一~～·•]*(第\\s*)?[0-9０-９]+(\\s*页)?(\\s*[/／]\\s*[0-9０-９]+|\\s*共\\s*[0-9０-９]+\\s*页)?"
                    + "[\\s\\-—–－一~～·•]*"
                    + "|(?i)\\s*page\\s*\\d+(\\s*of\\s*\\d+)?\\s*");

    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9０-９]+");
    /** How far under a cut-off number the table's next line starts, at most, in font sizes. */
    private static final float NEAR = 3f;

    private Furniture() {}

    /** The items without page furniture. */
    static List<Item> strip(List<List<Item>> pages, List<PageLayout> layouts) {
        Map<String, Integer> repeats = new HashMap<>();
        Map<String, Integer> heads = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Item item : pages.get(p)) {
                if (item instanceof Item.Line l && inMargin(l.line(), layouts.get(p))) {
                    repeats.merge(key(l.line()), 1, Integer::sum);
                    if (l.line().top() < layouts.get(p).height() * MARGIN) {
                        heads.merge(key(l.line()), 1, Integer::sum);
                    }
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Item> items = pages.get(p);
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item instanceof Item.Line l && inMargin(l.line(), layouts.get(p))
                        && (isPageNumber(l.line().text()) && !cutOffDigits(l.line(), layouts.get(p), items, i, heads)
                                || pages.size() > 2 && repeats.get(key(l.line())) > 2)) {
                    continue;
                }
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Whether a bare number at the head of a page is the rest of a table cell cut off by the page break
     * ({@link SplitRow}) rather than a page number: no other page has a number at its head, and it stands in
     * a column of values of the table line right under it.
     */
    private static boolean cutOffDigits(TextLine line, PageLayout page, List<Item> items, int i,
            Map<String, Integer> heads) {
        if (line.top() >= page.height() * MARGIN || !BARE_NUMBER.matcher(line.text()).matches()
                || heads.getOrDefault(key(line), 0) > 1 || i + 1 >= items.size()
                || !(items.get(i + 1) instanceof Item.Line next)
                || next.line().top() - line.box().bottom() > NEAR * line.fontSize()) {
            return false;
        }
        List<TextLine> runs = next.line().runs();
        for (TextLine r : runs) {
            if (runs.size() >= 2 && AlignedTables.isValue(r.text())
                    && r.left() < line.right() && line.left() < r.right()) {
                return true;
            }
        }
        return false;
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text).matches();
    }

    private static boolean inMargin(TextLine line, PageLayout page) {
        return line.top() < page.height() * MARGIN || line.box().bottom() > page.height() * (1 - MARGIN);
    }

    private static String key(TextLine line) {
        return line.text().replaceAll("[0-9０-９]+", "#");
    }
}
