package dev.gongkai.testkit.render;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A stray number written into one row of table 二, 三 or 四 as an extra cell, the way page numbers,
 * footnote marks and page-footer remnants ({@code — 5 —}) land among a real table's cells. Given to a
 * renderer through {@link RenderOptions#stray(StrayNumber)}, every shape writes it as one more cell of
 * that row (a tab line, a {@code |} cell, a token between runs of spaces, digits run into the row's
 * digits in a crawler dump).
 *
 * <pre>{@code
 * StrayNumber s = StrayNumber.seeded(report, 7);
 * Rendering doc = MarkdownRenderer.standard().render(report, RenderOptions.seeded(7).stray(s));
 * }</pre>
 *
 * @param table the table code ({@code active_disclosure}, {@code applications}, {@code review_litigation})
 * @param row the row code; {@code "all"} for table 四's single row of fifteen numbers
 * @param position where among the row's value cells the stray stands: 0 before the first, the row's
 *     number of values after the last
 * @param text the stray as written ({@code 1}, {@code 17}, {@code — 5 —})
 * @since 0.2
 */
public record StrayNumber(String table, String row, int position, String text) {

    private static final String[] FOOTERS = {"— %d —", "- %d -"};

    public StrayNumber {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(text, "text");
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    /** The key of the row in a rendering ({@code table/row}). */
    public String key() {
        return table + "/" + row;
    }

    /**
     * A stray drawn from a seed: a row of tables 二, 三 and 四 (each table about as often), a position
     * before, inside or after its values, and a text: mostly a lone number (a footnote mark, a page
     * number), sometimes a page footer.
     */
    public static StrayNumber seeded(Report report, long seed) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + 11);
        String table;
        String row;
        int values;
        switch (r.nextInt(3)) {
            case 0 -> {
                List<ActiveRow> rows = new ArrayList<>(report.activeDisclosure().rows());
                ActiveRow a = rows.get(r.nextInt(rows.size()));
                table = "active_disclosure";
                row = a.code();
                values = a.columns(report.edition()).size();
            }
            case 1 -> {
                List<ApplicationRow> rows = new ArrayList<>(report.applications().rows());
                table = "applications";
                row = rows.get(r.nextInt(rows.size())).code();
                values = 7;
            }
            default -> {
                table = "review_litigation";
                row = "all";
                values = 15;
            }
        }
        int position = switch (r.nextInt(3)) {
            case 0 -> 0;
            case 1 -> values;
            default -> 1 + r.nextInt(Math.max(1, values - 1));
        };
        int kind = r.nextInt(10);
        String text = kind < 4 ? "1" : kind < 8 ? String.valueOf(2 + r.nextInt(kind < 6 ? 8 : 60))
                : String.format(FOOTERS[r.nextInt(FOOTERS.length)], 2 + r.nextInt(30));
        return new StrayNumber(table, row, Math.min(position, values), text);
    }

    @Override
    public String toString() {
        return "stray '" + text + "' in " + key() + " at " + position;
    }
}
