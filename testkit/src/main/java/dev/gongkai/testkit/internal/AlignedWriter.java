package dev.gongkai.testkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Writes a planned document as text extracted from a PDF by {@code pdftotext}: with {@code -layout}
 * each table row on one line, the label then the numbers separated by runs of spaces, long labels
 * wrapped onto the lines around the numbers, group labels cut into narrow pieces beside the row
 * labels, the header repeated after a page break with a {@code — N —} footer; without it (raw) one
 * label or number per line with blank lines between. The choices come from the seed and are named in
 * {@link #describe()}.
 */
public final class AlignedWriter {

    /** Named in {@link #describe()} when blank cells are written as a mark. */
    public static final String MARKED = "blanks=marked";
    private static final int NUMBER_WIDTH = 8;

    private final boolean raw;
    /** Characters of a row label per line; longer labels wrap. */
    private final int labelWidth;
    /** Characters of a group label per line when it stands beside its rows, 0 for a line of its own. */
    private final int groupWidth;
    /** The row of table 三 after which a page breaks, or -1. */
    private final int breakAfter;
    /** What a blank cell is written as: {@code ""} (spaces, or nothing in raw text) or a mark. */
    private final String blank;
    private final StringBuilder b = new StringBuilder();
    private int page = 1;

    private AlignedWriter(long seed, boolean raw) {
        Random r = new Random(seed * 31 + 7);
        this.raw = raw;
        this.labelWidth = new int[] {12, 16, 20, 60}[r.nextInt(4)];
        this.groupWidth = r.nextBoolean() ? 3 + r.nextInt(2) : 0;
        this.breakAfter = r.nextInt(3) == 0 ? -1 : 3 + r.nextInt(20);
        this.blank = r.nextBoolean() ? "—" : "";
    }

    /** Writes the document; the seed picks the label widths, page break and blank marks. */
    public static AlignedWriter write(Doc d, long seed, boolean raw) {
        AlignedWriter w = new AlignedWriter(seed, raw);
        for (Doc.Block block : d.blocks()) {
            if (block instanceof Doc.Line l) {
                w.b.append(l.text()).append('\n');
                if (raw) {
                    w.b.append('\n');
                }
            } else if (block instanceof Doc.Table t) {
                w.table(t.grid());
            }
        }
        return w;
    }

    public String text() {
        return b.toString();
    }

    /** The choices made, for explaining a failure. */
    public String describe() {
        return (raw ? "raw" : "layout") + " labelWidth=" + labelWidth + " groupWidth=" + groupWidth
                + " pageBreakAfterRow=" + breakAfter + " " + (blank.isEmpty() ? "blanks=spaces" : MARKED);
    }

    private void table(Grid g) {
        List<Grid.GRow> header = new ArrayList<>();
        Deque<String> groupPieces = new ArrayDeque<>();
        int body = 0;
        for (Grid.GRow row : g.rows()) {
            if (row.key() == null) {
                header.add(row);
                headerLine(row);
                continue;
            }
            List<String> labels = new ArrayList<>();
            List<String> values = new ArrayList<>();
            boolean groupStarts = false;
            for (Grid.GCell c : row.cells()) {
                if (c.continuation()) {
                    continue;
                }
                String t = c.text().replace("\n", "");
                if (c.value()) {
                    values.add(t.isBlank() ? blank : t);
                } else {
                    labels.add(t);
                    groupStarts |= c.rowspan() > 1;
                }
            }
            String label = labels.isEmpty() ? "" : labels.remove(labels.size() - 1);
            if (groupStarts) {
                groupPieces.clear();
                for (String group : labels) {
                    if (groupWidth == 0) {
                        line(group);
                    } else {
                        groupPieces.addAll(chunks(group, groupWidth));
                    }
                }
            } else {
                for (String other : labels) {
                    line(other);
                }
            }
            row(groupPieces.isEmpty() ? "" : groupPieces.poll(), label, values);
            if (row.key().startsWith("applications/") && ++body == breakAfter) {
                pageBreak(header);
            }
        }
        b.append('\n');
    }

    private void headerLine(Grid.GRow row) {
        List<String> texts = new ArrayList<>();
        for (Grid.GCell c : row.cells()) {
            if (!c.continuation() && !c.text().isBlank()) {
                texts.add(c.text().replace("\n", ""));
            }
        }
        if (!texts.isEmpty()) {
            line(String.join(raw ? "\n" : "    ", texts));
        }
    }

    private void row(String groupPiece, String label, List<String> values) {
        List<String> parts = chunks(label, labelWidth);
        int numbersAt = (parts.size() - 1) / 2;
        for (int i = 0; i < parts.size(); i++) {
            String prefix = i == numbersAt && !groupPiece.isEmpty() ? groupPiece + " " : "    ";
            if (raw) {
                line((i == numbersAt ? prefix.strip() + " " : "") + parts.get(i));
                continue;
            }
            StringBuilder l = new StringBuilder(prefix).append(parts.get(i));
            if (i == numbersAt) {
                l.append("    ");
                for (String v : values) {
                    l.append(" ".repeat(Math.max(1, NUMBER_WIDTH - v.length()))).append(v);
                }
            }
            line(l.toString());
        }
        if (raw) {
            for (String v : values) {
                if (!v.isEmpty()) {
                    line(v);
                }
            }
        }
    }

    private void pageBreak(List<Grid.GRow> header) {
        b.append('\n').append("                 — ").append(page++).append(" —\n\f");
        for (Grid.GRow h : header) {
            headerLine(h);
        }
    }

    private void line(String s) {
        b.append(s.strip().isEmpty() ? "" : s).append('\n');
        if (raw) {
            b.append('\n');
        }
    }

    private static List<String> chunks(String s, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += width) {
            out.add(s.substring(i, Math.min(s.length(), i + width)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
