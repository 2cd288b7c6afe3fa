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

    private Furniture() {}

    /** The items without page furniture. */
    static List<Item> strip(List<List<Item>> pages, List<PageLayout> layouts) {
        Map<String, Integer> repeats = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Item item : pages.get(p)) {
                if (item instanceof Item.Line l && inMargin(l.line(), layouts.get(p))) {
                    repeats.merge(key(l.line()), 1, Integer::sum);
                }
            }
        }
        List<Item> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Item item : pages.get(p)) {
                if (item instanceof Item.Line l && inMargin(l.line(), layouts.get(p))
                        && (isPageNumber(l.line().text()) || pages.size() > 2 && repeats.get(key(l.line())) > 2)) {
                    continue;
                }
                out.add(item);
            }
        }
        return out;
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
