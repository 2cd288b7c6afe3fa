package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A table row that a page break cut in two: the rest of its wrapped values stands at the top of the
 * next page as a row of values without a label ({@code １} at the foot of one page, {@code ０} at the
 * head of the next). Each value is joined to the cell of the row above in its column when that cell
 * holds a value (the only reading); when a value has no such cell, the row's cells in doubt are marked
 * {@link WrappedValues#AMBIGUOUS} and the label-less row is kept as it is, never shifted into a cell.
 */
final class SplitRow {

    private static final float EDGE = 2f;

    /**
     * The last row before the break, with the first row after it joined or its doubt said.
     *
     * @param row the last row before the break, as it now reads
     * @param joined whether the row after the break was taken into it (and is dropped)
     */
    record Joined(List<Item.Slot> row, boolean joined) {}

    private SplitRow() {}

    /** {@code row} joined with {@code next}, or {@code null} when {@code next} is not its cut-off rest. */
    static Joined join(List<Item.Slot> row, List<Item.Slot> next, boolean ruled) {
        if (!valuesOnly(next) || !labelled(row)) {
            return null;
        }
        List<Item.Slot> out = new ArrayList<>(row);
        List<Integer> doubtful = new ArrayList<>();
        boolean all = true;
        for (int j = 0; j < next.size(); j++) {
            Item.Slot s = next.get(j);
            if (s.merged() || s.text().isBlank()) {
                continue;
            }
            int k = ruled ? (j < row.size() ? j : -1) : column(row, s);
            Item.Slot t = k < 0 ? null : row.get(k);
            if (t != null && !t.merged() && !t.text().isBlank() && AlignedTables.isValue(t.text())) {
                out.set(k, out.get(k).withText(out.get(k).text() + "\n" + s.text()));
            } else {
                all = false;
                if (k >= 0) {
                    doubtful.add(k);
                }
            }
        }
        if (all) {
            return new Joined(out, true);
        }
        out = new ArrayList<>(row);
        for (int k = 0; k < out.size(); k++) {
            Item.Slot t = out.get(k);
            if (doubtful.contains(k) || doubtful.isEmpty() && !t.text().isBlank() && AlignedTables.isValue(t.text())) {
                out.set(k, t.uncertain(WrappedValues.AMBIGUOUS));
            }
        }
        return new Joined(out, false);
    }

    /** Whether a row holds values and nothing else. */
    private static boolean valuesOnly(List<Item.Slot> row) {
        boolean any = false;
        for (Item.Slot s : row) {
            if (s.merged() || s.text().isBlank()) {
                continue;
            }
            if (!AlignedTables.isValue(s.text())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a row holds a label (text that is not a value). */
    private static boolean labelled(List<Item.Slot> row) {
        for (Item.Slot s : row) {
            if (!s.text().isBlank() && !AlignedTables.isValue(s.text())) {
                return true;
            }
        }
        return false;
    }

    /** The slot of a row of aligned cells standing in {@code s}'s column, or -1. */
    private static int column(List<Item.Slot> row, Item.Slot s) {
        for (int k = 0; k < row.size(); k++) {
            if (s.box().sharesColumn(row.get(k).box(), EDGE)) {
                return k;
            }
        }
        return -1;
    }
}
