package dev.gongkai.testkit.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lays paragraphs and tables out on A4 pages, top to bottom, starting new pages as needed, with a
 * page footer. Table rows are not split; a cell spanning rows across a page break is continued as an
 * empty cell on the next page, as word processors do.
 *
 * @since 0.1
 */
public final class PageFlow {

    public static final float LEFT = 72;
    public static final float RIGHT = PageCanvas.WIDTH - 72;
    private static final float TOP = 72;
    private static final float BOTTOM = PageCanvas.HEIGHT - 80;
    private static final float PAD = 3;

    private final PageCanvas canvas;
    private final IntFunction<String> footer;
    private final boolean filledRules;
    private final boolean repeatHeader;
    private float y;

    /**
     * @param footer the footer of a page number, or null for none
     * @param filledRules draw table rules as thin filled rectangles instead of stroked lines
     * @param repeatHeader repeat a table's header rows on the pages it continues on
     */
    public PageFlow(PageCanvas canvas, IntFunction<String> footer, boolean filledRules, boolean repeatHeader) {
        this.canvas = canvas;
        this.footer = footer;
        this.filledRules = filledRules;
        this.repeatHeader = repeatHeader;
        newPage();
    }

    private void newPage() {
        canvas.newPage();
        y = TOP;
        if (footer != null) {
            String f = footer.apply(canvas.pages());
            float size = 10;
            canvas.text((PageCanvas.WIDTH - canvas.width(f, size)) / 2, PageCanvas.HEIGHT - 40, size, f);
        }
    }

    /** A paragraph, wrapped to the text width; centred lines are not indented. */
    public void paragraph(String text, float size, boolean centred, boolean indent) {
        float leading = size * 1.6f;
        float first = indent ? 2 * size : 0;
        List<String> lines = wrap(text, size, RIGHT - LEFT, first);
        for (int i = 0; i < lines.size(); i++) {
            if (y + leading > BOTTOM) {
                newPage();
            }
            String l = lines.get(i);
            float x = centred ? (PageCanvas.WIDTH - canvas.width(l, size)) / 2 : LEFT + (i == 0 ? first : 0);
            canvas.text(x, y + size, size, l);
            y += leading;
        }
        y += size * 0.4f;
    }

    /** A right-aligned line (signature, date). */
    public void right(String text, float size) {
        if (y + size * 1.6f > BOTTOM) {
            newPage();
        }
        canvas.text(RIGHT - canvas.width(text, size), y + size, size, text);
        y += size * 1.6f;
    }

    /** Splits text into lines no wider than {@code width} (the first line {@code indent} narrower). */
    List<String> wrap(String text, float size, float width, float indent) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float avail = width - (out.isEmpty() ? indent : 0);
            int i = 0;
            while (i < para.length()) {
                int cp = para.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && canvas.width(line + ch, size) > avail) {
                    out.add(line.toString());
                    line.setLength(0);
                    avail = width;
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Draws a table. */
    public void table(TableSpec t, float size) {
        float[] w = t.widths();
        float[] x = new float[w.length + 1];
        x[0] = LEFT;
        for (int i = 0; i < w.length; i++) {
            x[i + 1] = x[i] + w[i];
        }
        float leading = size * 1.3f;
        float[] heights = new float[t.rows()];
        for (int r = 0; r < t.rows(); r++) {
            heights[r] = leading + 2 * PAD;
        }
        for (TableSpec.CellSpec c : t.cells()) {
            float cw = x[c.column() + c.columnSpan()] - x[c.column()] - 2 * PAD;
            float need = wrap(c.text(), size, cw, 0).size() * leading + 2 * PAD;
            int last = c.row() + c.rowSpan() - 1;
            float have = 0;
            for (int r = c.row(); r <= last; r++) {
                have += heights[r];
            }
            if (need > have) {
                heights[c.row()] += need - have;
            }
        }
        // first pass: which page each row goes on and where
        float[] top = new float[t.rows()];
        int[] pageOf = new int[t.rows()];
        boolean[] breakBefore = new boolean[t.rows()];
        int firstBody = t.headerRows();
        float headerHeight = 0;
        for (int h = 0; h < firstBody; h++) {
            headerHeight += heights[h];
        }
        // a header is not split from its first body row
        if (y + headerHeight + (t.rows() > firstBody ? heights[firstBody] : 0) > BOTTOM && y > TOP) {
            newPage();
        }
        float cy = y;
        int page = 0;
        for (int r = 0; r < t.rows(); r++) {
            if (cy + heights[r] > BOTTOM && r > firstBody) {
                page++;
                breakBefore[r] = true;
                cy = TOP + (repeatHeader && r > firstBody ? headerHeight : 0);
            }
            top[r] = cy;
            pageOf[r] = page;
            cy += heights[r];
        }
        // second pass: draw
        for (int r = 0; r < t.rows(); r++) {
            if (breakBefore[r]) {
                newPage();
                if (repeatHeader && r > firstBody) {
                    float hy = TOP;
                    for (int h = 0; h < firstBody; h++) {
                        drawRow(t, h, hy, x, size, leading, heights, pageOf, true);
                        hy += heights[h];
                    }
                }
            }
            drawRow(t, r, top[r], x, size, leading, heights, pageOf, false);
            if (breakBefore[r]) {
                // cells spanning from an earlier page continue here as empty boxes
                for (TableSpec.CellSpec c : t.cells()) {
                    if (c.row() < r && c.row() + c.rowSpan() > r) {
                        box(x[c.column()], top[r], x[c.column() + c.columnSpan()] - x[c.column()],
                                spanHeight(c, r, heights, pageOf));
                    }
                }
            }
        }
        y = cy + size;
    }

    private float spanHeight(TableSpec.CellSpec c, int from, float[] heights, int[] pageOf) {
        float h = 0;
        for (int k = from; k < c.row() + c.rowSpan() && pageOf[k] == pageOf[from]; k++) {
            h += heights[k];
        }
        return h;
    }

    private void drawRow(TableSpec t, int r, float rowTop, float[] x, float size, float leading, float[] heights,
            int[] pageOf, boolean repeated) {
        for (TableSpec.CellSpec c : t.cells()) {
            if (c.row() != r) {
                continue;
            }
            float h = repeated ? sum(heights, r, r + c.rowSpan()) : spanHeight(c, r, heights, pageOf);
            float cw = x[c.column() + c.columnSpan()] - x[c.column()];
            box(x[c.column()], rowTop, cw, h);
            float ty = rowTop + PAD + size;
            for (String l : wrap(c.text(), size, cw - 2 * PAD, 0)) {
                canvas.text(x[c.column()] + PAD, ty, size, l);
                ty += leading;
            }
        }
    }

    private static float sum(float[] v, int from, int to) {
        float s = 0;
        for (int i = from; i < to && i < v.length; i++) {
            s += v[i];
        }
        return s;
    }

    private void box(float x, float y, float w, float h) {
        if (filledRules) {
            float t = 0.5f;
            canvas.fill(x - t / 2, y - t / 2, w + t, t);
            canvas.fill(x - t / 2, y + h - t / 2, w + t, t);
            canvas.fill(x - t / 2, y - t / 2, t, h + t);
            canvas.fill(x + w - t / 2, y - t / 2, t, h + t);
        } else {
            canvas.rectangle(x, y, w, h);
        }
    }
}
