package dev.gongkai.layout.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The slots of a ruled table (rows × columns between its boundaries) and the cells they make: where no
 * ruling line divides two neighbouring slots they are one (merged) cell, named by its top-left slot.
 * Shared by the page geometry of text-layer pages and the OCR reader's grids of page images. Not API.
 */
public final class MergedSlots {

    /** Whether a ruling line is drawn between two neighbouring slots. */
    @FunctionalInterface
    public interface Divider {
        /**
         * @param betweenColumns true for the line between columns {@code column} and {@code column + 1} in
         *     row {@code row}; false for the line between rows {@code row} and {@code row + 1} in column
         *     {@code column}
         */
        boolean drawn(boolean betweenColumns, int row, int column);
    }

    private final int columns;
    private final int[] parent;

    public MergedSlots(int rows, int columns, Divider divider) {
        this.columns = columns;
        parent = new int[rows * columns];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c + 1 < columns; c++) {
                if (!divider.drawn(true, r, c)) {
                    union(r * columns + c, r * columns + c + 1);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r + 1 < rows; r++) {
                if (!divider.drawn(false, r, c)) {
                    union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }
    }

    /** The number of slots (rows × columns). */
    public int size() {
        return parent.length;
    }

    /** The slot index (row × columns + column) of the cell covering a slot: its top-left slot. */
    public int cellOf(int slot) {
        int i = slot;
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** {@link #cellOf(int)} of the slot at a row and column. */
    public int cellOf(int row, int column) {
        return cellOf(row * columns + column);
    }

    /** The distinct cells' top-left slots, row by row. */
    public List<Integer> origins() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (cellOf(i) == i) {
                out.add(i);
            }
        }
        return out;
    }

    private void union(int a, int b) {
        int ra = cellOf(a), rb = cellOf(b);
        if (ra != rb) {
            // the smaller index (top-left) stays the root
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
