package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of an aligned table that hold only values (no label): a number too wide for its narrow column
 * wraps, and its digits stand on lines of their own. Such a line is joined to the cells it continues
 * when that is the only reading:
 * <ul>
 *   <li>tight under a line whose values stand in every column it uses (and in more: a whole row of values
 *       is a row), the next line not missing those columns: the rest of those cells (a cell aligned to the top of its row: {@code １} / {@code ０});
 *   <li>tight above a labelled line that has nothing in its columns, with a line of values in the same
 *       columns tight under that one: the two halves of a cell centred on that row ({@code １} above,
 *       {@code ２} below).
 * </ul>
 * When the line fits under a row's values but the next row misses those columns, both readings stand:
 * the line stays a row of its own (never shifted into a cell) and the cells it may continue, with the
 * values of the row beside it, are marked {@link #AMBIGUOUS}. A line of values not tight under another
 * (a row whose label stands on its own line) is a row.
 */
final class WrappedValues {

    /** The problem code of cells that a line of wrapped digits may or may not continue. */
    static final String AMBIGUOUS = "value-wrap-ambiguous";
    /** The largest gap between two lines of one cell, in font sizes. */
    static final float WRAP_GAP = 0.6f;
    /** How far two lines of a cell centred on its row may overlap, in font sizes. */
    private static final float OVERLAP = 1f;
    private static final float EDGE = 2f;

    /**
     * One line of an aligned table.
     *
     * @param values its value runs, left to right
     * @param labelled whether it also holds text (a label, or a label's next line)
     * @param box its box
     * @param size its font size
     */
    record Line(List<AlignedTables.Piece> values, boolean labelled, Box box, float size) {}

    private WrappedValues() {}

    /** The lines that are rows of values, wrapped digits joined to the cells they continue. */
    static List<Line> resolve(List<Line> lines) {
        int n = lines.size();
        List<Line> out = new ArrayList<>();
        Line[] into = new Line[n];
        float[] bottom = new float[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            bottom[i] = l.box().bottom();
            if (into[i] != null) {
                continue;
            }
            if (l.labelled() || l.values().isEmpty()) {
                add(out, l);
                continue;
            }
            Line next = i + 1 < n && tight(l.box().bottom(), lines.get(i + 1)) ? lines.get(i + 1) : null;
            Line after = next != null && i + 2 < n && tight(next.box().bottom(), lines.get(i + 2))
                    ? lines.get(i + 2) : null;
            if (next != null && next.labelled() && after != null && !after.labelled() && none(next, l)
                    && all(after, l) && all(l, after)) {
                for (AlignedTables.Piece p : l.values()) {
                    append(p, covering(after, p));
                }
                next.values().addAll(l.values());
                into[i] = next;
                into[i + 2] = next;
                continue;
            }
            Line above = i > 0 ? (into[i - 1] != null ? into[i - 1] : lines.get(i - 1)) : null;
            if (above == null || l.values().size() >= above.values().size() || !tight(bottom[i - 1], l)
                    || !all(above, l)) {
                add(out, l);
                continue;
            }
            if (next == null || all(next, l)) {
                for (AlignedTables.Piece p : l.values()) {
                    AlignedTables.Piece q = covering(above, p);
                    append(q, p);
                }
                into[i] = above;
                bottom[i] = Math.max(bottom[i], bottom[i - 1]);
                continue;
            }
            for (AlignedTables.Piece p : l.values()) {
                covering(above, p).doubt = AMBIGUOUS;
            }
            if (next.labelled()) {
                next.values().forEach(p -> p.doubt = AMBIGUOUS);
            }
            add(out, l);
        }
        return out;
    }

    private static void add(List<Line> out, Line l) {
        if (!l.values().isEmpty()) {
            out.add(l);
        }
    }

    /** {@code p}'s text and box joined to {@code q} as its next line. */
    private static void append(AlignedTables.Piece q, AlignedTables.Piece p) {
        q.text.append('\n').append(p.text);
        q.box = q.box.union(p.box);
    }

    /** Whether {@code line} starts tight under something ending at {@code bottom}. */
    private static boolean tight(float bottom, Line line) {
        float gap = line.box().top() - bottom;
        return gap >= -OVERLAP * line.size() && gap <= WRAP_GAP * line.size();
    }

    /** Whether {@code line} has a value in the column of every value of {@code of}. */
    private static boolean all(Line line, Line of) {
        for (AlignedTables.Piece p : of.values()) {
            if (covering(line, p) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code line} has a value in the column of no value of {@code of}. */
    private static boolean none(Line line, Line of) {
        for (AlignedTables.Piece p : of.values()) {
            if (covering(line, p) != null) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code line} in {@code p}'s column (their spans overlap), or {@code null}. */
    private static AlignedTables.Piece covering(Line line, AlignedTables.Piece p) {
        for (AlignedTables.Piece q : line.values()) {
            if (p.box.sharesColumn(q.box, EDGE)) {
                return q;
            }
        }
        return null;
    }
}
