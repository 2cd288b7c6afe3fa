package dev.gongkai.testkit.internal;

import dev.gongkai.testkit.render.FlatRow;
import java.util.ArrayList;
import java.util.List;

/** Writes a planned document as plain text: tab-per-cell, pipe-per-cell, or flattened. */
public final class TextWriter {

    /** The plain-text layouts. */
    public enum Layout { TABS, PIPES, FLAT, FLAT_SPACED, FLAT_MIXED, ALIGNED, ALIGNED_RAW }

    private TextWriter() {}

    public static String write(Doc d, Layout layout, List<FlatRow> flatRows) {
        return write(d, layout, flatRows, 0);
    }

    /** As {@link #write(Doc, Layout, List)}; the seed draws the separators of {@link Layout#FLAT_MIXED}. */
    public static String write(Doc d, Layout layout, List<FlatRow> flatRows, long seed) {
        if (layout == Layout.FLAT || layout == Layout.FLAT_SPACED) {
            return flat(d, layout == Layout.FLAT_SPACED ? Separators.SPACED : Separators.GLUED, flatRows);
        }
        if (layout == Layout.FLAT_MIXED) {
            return flat(d, Separators.mixed(new Prng(seed * 7919 + 17)), flatRows);
        }
        StringBuilder b = new StringBuilder();
        Doc.Kind last = null;
        for (Doc.Block block : d.blocks()) {
            if (block instanceof Doc.Line l) {
                if (last == Doc.Kind.TITLE && l.kind() != Doc.Kind.TITLE || l.kind() == Doc.Kind.SIGNATURE) {
                    b.append('\n');
                }
                b.append(l.text()).append('\n');
                last = l.kind();
            } else if (block instanceof Doc.Table t) {
                if (layout == Layout.TABS) {
                    tabs(t.grid(), b);
                } else {
                    pipes(t.grid(), b);
                }
                last = null;
            }
        }
        return b.toString();
    }

    /** Seed 000's shape: each cell on its own line after a tab, merged-from-above slots as a lone tab, a blank line after each row. */
    private static void tabs(Grid g, StringBuilder b) {
        for (Grid.GRow row : g.rows()) {
            for (Grid.GCell c : row.cells()) {
                b.append('\t').append(c.text()).append('\n');
            }
            b.append('\n');
        }
        b.append('\n');
    }

    /** Seed 001's shape: each cell followed by " |", one per line; the row's merged slots as a trailing run of "|". */
    private static void pipes(Grid g, StringBuilder b) {
        for (Grid.GRow row : g.rows()) {
            int emitted = 0;
            for (Grid.GCell c : row.cells()) {
                if (c.continuation()) {
                    continue;
                }
                if (emitted > 0) {
                    b.append('\n');
                }
                b.append(c.text().replace('\n', ' ')).append(" |");
                emitted++;
            }
            int extras = g.width() - emitted;
            if (extras > 0) {
                b.append(' ').append("|".repeat(extras));
            }
            b.append('\n');
        }
    }

    /** A crawler dump: the header lines (if any), the title on its line, the whole body on the next. */
    private static String flat(Doc d, Separators sep, List<FlatRow> flatRows) {
        StringBuilder head = new StringBuilder();
        StringBuilder title = new StringBuilder();
        List<String> body = new ArrayList<>();
        for (Doc.Block block : d.blocks()) {
            if (block instanceof Doc.Line l) {
                if (l.kind() == Doc.Kind.CARRIER) {
                    head.append(l.text()).append('\n');
                } else if (l.kind() == Doc.Kind.TITLE) {
                    title.append(l.text());
                } else {
                    body.add(l.text());
                }
            } else if (block instanceof Doc.Table t) {
                for (Grid.GRow row : t.grid().rows()) {
                    List<String> labels = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (Grid.GCell c : row.cells()) {
                        if (!c.continuation()) {
                            (c.value() ? values : labels).add(c.text().replace("\n", ""));
                        }
                    }
                    String written = sep.joinValues(values);
                    body.add(sep.join(labels) + (values.isEmpty() ? "" : sep.beforeValues() + written));
                    if (row.key() != null) {
                        flatRows.add(Flat.row(row.key(), values, written, sep.spaced()));
                    }
                }
            }
        }
        return head + (title.length() > 0 ? title + "\n" : "") + sep.join(body) + "\n";
    }
}
