package dev.gongkai.layout.internal.split;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random consistent tables and crawler-style glued renderings of them, for the property tests. */
final class Generators {
    /** Fully glued per row. */
    static final int GLUE_ALL = 0;
    /** Spaces at random cell boundaries. */
    static final int GLUE_SOME = 1;
    /** Mostly spaced, a few cells glued. */
    static final int GLUE_FEW = 2;

    private Generators() {}

    /** A count: mostly 0, often small, sometimes up to five digits. */
    static long count(Random rnd) {
        int k = rnd.nextInt(100);
        if (k < 55) {
            return 0;
        }
        if (k < 85) {
            return 1 + rnd.nextInt(9);
        }
        if (k < 95) {
            return 10 + rnd.nextInt(190);
        }
        return 1 + rnd.nextInt(99_999);
    }

    /**
     * A section 三 table whose every sum and balance holds. Sparse: many applicant columns all zero
     * and a third of the outcome rows used (as real reports are); dense: every column and two thirds
     * of the outcome rows used.
     */
    static Map<ApplicationRow, long[]> applications(Random rnd, Edition edition, boolean collapsed, boolean dense) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition, collapsed);
        Map<ApplicationRow, long[]> t = new LinkedHashMap<>();
        rows.forEach(r -> t.put(r, new long[7]));
        for (int c = 0; c < 6; c++) {
            if (!dense && c > 0 && rnd.nextInt(3) > 0) {
                continue;
            }
            long handled = 0;
            for (ApplicationRow r : rows) {
                if (r.isOutcome() && (dense ? rnd.nextInt(3) > 0 : rnd.nextInt(3) == 0)) {
                    t.get(r)[c] = count(rnd);
                    handled += t.get(r)[c];
                }
            }
            long forward = rnd.nextInt(3) == 0 ? count(rnd) : 0;
            long over = rnd.nextInt(3) == 0 ? Math.min(count(rnd), handled + forward) : 0;
            t.get(ApplicationRow.TOTAL_HANDLED)[c] = handled;
            t.get(ApplicationRow.CARRIED_FORWARD)[c] = forward;
            t.get(ApplicationRow.CARRIED_OVER)[c] = over;
            t.get(ApplicationRow.NEW_RECEIVED)[c] = handled + forward - over;
        }
        t.values().forEach(v -> {
            for (int c = 0; c < 6; c++) {
                v[6] += v[c];
            }
        });
        return t;
    }

    static List<String> texts(long[] values) {
        List<String> out = new ArrayList<>();
        for (long v : values) {
            out.add(Long.toString(v));
        }
        return out;
    }

    /** A section 二 cell of the column's kind. */
    static String activeCell(Random rnd, ActiveColumn column) {
        long v = count(rnd);
        switch (column.kind()) {
            case SIGNED_COUNT:
                return Long.toString(rnd.nextInt(3) == 0 ? -v : v).replace("-0", "0");
            case AMOUNT:
                return rnd.nextBoolean() ? Long.toString(v) : v + "." + (1 + rnd.nextInt(99));
            default:
                return Long.toString(v);
        }
    }

    /** Joins cells into tokens: a space between two cells with a probability by mode. */
    static List<String> glue(Random rnd, List<String> cells, int mode) {
        int spaceIn100 = mode == GLUE_ALL ? 0 : mode == GLUE_SOME ? 35 : 80;
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder(cells.get(0));
        for (int i = 1; i < cells.size(); i++) {
            if (rnd.nextInt(100) < spaceIn100) {
                tokens.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cells.get(i));
        }
        tokens.add(cur.toString());
        return tokens;
    }
}
