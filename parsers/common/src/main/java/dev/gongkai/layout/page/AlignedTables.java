package dev.gongkai.layout.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables without ruling lines: a stretch of lines most of which split into two or more runs apart
 * (whitespace-aligned columns). Wrapped text in one column is joined into one cell, and a label is
 * put in the row of the values beside it (even when it is centred vertically across several lines).
 * The cells are kept in reading order as a {@link dev.gongkai.layout.Table.Kind#STREAM} table, one
 * row per line of values as a hint; the interpreter reads it by its labels.
 */
final class AlignedTables {

    /** How many tabular lines make a table. */
    private static final int LEAST_LINES = 3;
    /** How many plain lines (wrapped labels) may stand between two tabular lines. */
    private static final int MOST_PLAIN = 2;
    /** The largest vertical gap inside a table, in font sizes. */
    private static final float MOST_GAP = 3f;
    private static final Pattern VALUE = Pattern.compile("[-−－—–/／\\d０-９.,，\\s%％万元件个条次无]+");

    private AlignedTables() {}

    static List<Item> find(List<Item> items) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int end = regionEnd(items, i);
            if (end < 0) {
                out.add(items.get(i));
                i++;
            } else {
                out.add(new Item.Grid(table(items.subList(i, end + 1))));
                i = end + 1;
            }
        }
        return out;
    }

    /**
     * The last index of an aligned table starting at {@code start}, or -1. A table may open with a few
     * plain lines (header labels); it ends at a wide gap, a change of font size, or too many plain lines.
     */
    private static int regionEnd(List<Item> items, int start) {
        if (!(items.get(start) instanceof Item.Line)) {
            return -1;
        }
        int last = -1, count = 0, plain = 0;
        float size = -1;
        for (int i = start; i < items.size(); i++) {
            Item it = items.get(i);
            if (!(it instanceof Item.Line l) || i > start && !near((Item.Line) items.get(i - 1), l)) {
                break;
            }
            float s = l.line().fontSize();
            if (size > 0 && Math.abs(s - size) > 0.1f * Math.max(s, size)) {
                break;
            }
            size = s;
            if (tabular(it)) {
                last = i;
                count++;
                plain = 0;
            } else if (++plain > MOST_PLAIN) {
                break;
            }
        }
        return count >= LEAST_LINES ? last : -1;
    }

    private static boolean tabular(Item item) {
        return item instanceof Item.Line l && l.line().runs().size() >= 2;
    }

    private static boolean near(Item.Line a, Item.Line b) {
        return a.page() == b.page()
                && b.line().top() - a.line().box().bottom() < MOST_GAP * a.line().fontSize();
    }

    static boolean isValue(String text) {
        return VALUE.matcher(text).matches();
    }

    private static Item.PageTable table(List<Item> lines) {
        int page = lines.get(0).page();
        List<Piece> texts = new ArrayList<>();
        List<WrappedValues.Line> parts = new ArrayList<>();
        Box box = null;
        for (Item it : lines) {
            TextLine line = ((Item.Line) it).line();
            box = box == null ? line.box() : box.union(line.box());
            List<Piece> values = new ArrayList<>();
            boolean labelled = false;
            for (TextLine run : line.runs()) {
                Piece p = new Piece(run.text(), run.box(), run.fontSize());
                if (isValue(run.text())) {
                    values.add(p);
                } else {
                    join(texts, p);
                    labelled = true;
                }
            }
            parts.add(new WrappedValues.Line(values, labelled, line.box(), line.fontSize()));
        }
        List<Row> rows = new ArrayList<>();
        List<Float> anchors = new ArrayList<>();
        for (WrappedValues.Line l : WrappedValues.resolve(parts)) {
            float anchor = (l.box().top() + l.box().bottom()) / 2;
            anchors.add(anchor);
            rows.add(new Row(anchor, new ArrayList<>(l.values())));
        }
        for (Piece t : texts) {
            int hit = -1, hits = 0;
            for (int i = 0; i < anchors.size(); i++) {
                float y = anchors.get(i);
                if (y >= t.box.top() - 1 && y <= t.box.bottom() + 1) {
                    hit = i;
                    hits++;
                }
            }
            if (hits == 1) {
                rows.get(hit).pieces.add(t);
            } else {
                rows.add(new Row(t.box.top(), new ArrayList<>(List.of(t))));
            }
        }
        rows.sort(Comparator.comparingDouble(r -> r.y));
        List<List<Item.Slot>> out = new ArrayList<>();
        for (Row r : rows) {
            r.pieces.sort(Comparator.comparingDouble(p -> p.box.left()));
            List<Item.Slot> row = new ArrayList<>();
            for (Piece p : r.pieces) {
                row.add(new Item.Slot(p.text.toString(), page, p.box, false, p.doubt));
            }
            out.add(row);
        }
        return new Item.PageTable(page, box, new float[] {box.left(), box.right()}, out, false, page, box.bottom());
    }

    /** Joins a text run to the cell above it in the same column when it is that cell's next line. */
    private static void join(List<Piece> texts, Piece p) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            Piece q = texts.get(i);
            boolean column = Math.abs(q.box.left() - p.box.left()) <= 2
                    || p.box.left() >= q.box.left() - 2 && p.box.right() <= q.box.right() + 2;
            float gap = p.box.top() - q.box.bottom();
            if (column && gap >= -1 && gap <= WrappedValues.WRAP_GAP * p.size) {
                q.text.append('\n').append(p.text);
                q.box = q.box.union(p.box);
                return;
            }
        }
        texts.add(p);
    }

    /** A run of text in an aligned table, growing as wrapped lines are joined to it. */
    static final class Piece {
        final StringBuilder text;
        Box box;
        final float size;
        /** A reader problem code when the piece is not read with certainty, else {@code null}. */
        String doubt;

        Piece(String text, Box box, float size) {
            this.text = new StringBuilder(text);
            this.box = box;
            this.size = size;
        }
    }

    private record Row(float y, List<Piece> pieces) {}
}
