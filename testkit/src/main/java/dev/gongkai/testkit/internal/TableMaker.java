package dev.gongkai.testkit.internal;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import dev.gongkai.testkit.Magnitudes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fills the three tables with numbers that satisfy every arithmetic rule of SPEC §4 by construction. */
public final class TableMaker {

    private static final int[] POWERS = {1, 10, 100, 1000, 10000};

    private TableMaker() {}

    /**
     * Table 三. Per applicant column: new + carried over = handled + carried forward; handled is split
     * over the outcome rows; the total column is the sum of the six others.
     *
     * @param carriedOver this year's 上年结转 per applicant part (last year's carried forward), or
     *     {@code null} to draw it
     */
    public static StatTable<ApplicationRow, Applicant> applications(
            Prng rng, Edition edition, boolean otherAsOneRow, Magnitudes m, long[] carriedOver) {
        List<ApplicationRow> rows = ApplicationRow.rows(edition, otherAsOneRow);
        List<ApplicationRow> outcomes = new ArrayList<>();
        for (ApplicationRow r : rows) {
            if (r.isOutcome()) {
                outcomes.add(r);
            }
        }
        StatTable.Builder<ApplicationRow, Applicant> b = Report.applicationsBuilder(edition, otherAsOneRow);
        long[][] v = new long[rows.size()][7];
        List<Applicant> parts = Applicant.parts();
        for (int c = 0; c < parts.size(); c++) {
            boolean person = c == 0;
            boolean active = !rng.chance(person ? m.zeroPerson() : m.zeroOrganisation());
            long max = person ? m.maxPerson() : m.maxOrganisation();
            long nr = active ? rng.count(0.05, max) : 0;
            long co = carriedOver != null ? carriedOver[c]
                    : active && rng.chance(0.3) ? rng.count(0.0, Math.max(1, nr / 5 + 1)) : 0;
            long in = nr + co;
            long cf = in > 0 && rng.chance(0.3) ? rng.count(0.0, Math.max(1, in / 4)) : 0;
            long handled = in - cf;
            long[] split = split(rng, handled, outcomes.size());
            v[rows.indexOf(ApplicationRow.NEW_RECEIVED)][c] = nr;
            v[rows.indexOf(ApplicationRow.CARRIED_OVER)][c] = co;
            v[rows.indexOf(ApplicationRow.TOTAL_HANDLED)][c] = handled;
            v[rows.indexOf(ApplicationRow.CARRIED_FORWARD)][c] = cf;
            for (int i = 0; i < outcomes.size(); i++) {
                v[rows.indexOf(outcomes.get(i))][c] = split[i];
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            long total = 0;
            for (int c = 0; c < 6; c++) {
                total += v[r][c];
                b.put(rows.get(r), parts.get(c), Cell.of(v[r][c]));
            }
            b.put(rows.get(r), Applicant.TOTAL, Cell.of(total));
        }
        return b.build();
    }

    /**
     * Splits n over k outcome rows the way real reports do: 予以公开 takes most, a few other rows
     * take the rest, most rows stay 0.
     */
    static long[] split(Prng rng, long n, int k) {
        long[] out = new long[k];
        if (n == 0) {
            return out;
        }
        int active = 1 + rng.nextInt(Math.min(4, k));
        int[] rows = new int[active];
        rows[0] = 0;
        for (int i = 1; i < active; i++) {
            rows[i] = rng.nextInt(k);
        }
        long[] cuts = new long[active - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = (long) (rng.nextDouble() * (n + 1));
        }
        Arrays.sort(cuts);
        long prev = 0;
        for (int i = 0; i < active; i++) {
            long next = i < cuts.length ? cuts[i] : n;
            out[rows[i]] += next - prev;
            prev = next;
        }
        return out;
    }

    /** Table 四: each group's total is the sum of its four parts; most groups all 0. */
    public static StatTable<ReviewGroup, ReviewColumn> reviewLitigation(Prng rng, Magnitudes m) {
        StatTable.Builder<ReviewGroup, ReviewColumn> b = Report.reviewLitigationBuilder();
        double pZero = Math.min(0.95, m.zeroOrganisation());
        for (ReviewGroup g : ReviewGroup.all()) {
            boolean active = !rng.chance(pZero);
            long total = 0;
            for (ReviewColumn c : ReviewColumn.parts()) {
                long v = active ? rng.count(0.5, Math.max(2, m.maxOrganisation() / 3)) : 0;
                total += v;
                b.put(g, c, Cell.of(v));
            }
            b.put(g, ReviewColumn.TOTAL, Cell.of(total));
        }
        return b.build();
    }

    /**
     * Table 二.
     *
     * @param previousInForce last year's 现行有效件数 of rules and normative documents (both 2021), or
     *     {@code null}; when given, in_force = previous + issued − abolished
     */
    public static StatTable<ActiveRow, ActiveColumn> activeDisclosure(
            Prng rng, Edition edition, Magnitudes m, long[] previousInForce) {
        StatTable.Builder<ActiveRow, ActiveColumn> b = Report.activeDisclosureBuilder(edition);
        for (ActiveRow row : ActiveRow.rows(edition)) {
            boolean documents = row == ActiveRow.RULES || row == ActiveRow.NORMATIVE_DOCUMENTS;
            double pZero = row == ActiveRow.RULES ? 0.85 : row == ActiveRow.ADMINISTRATIVE_COERCION ? 0.6 : 0.35;
            long maxDocs = row == ActiveRow.RULES ? 8 : 40;
            if (edition == Edition.E2021 && documents) {
                long issued = rng.count(pZero, maxDocs);
                long before = previousInForce != null ? previousInForce[row == ActiveRow.RULES ? 0 : 1]
                        : rng.count(pZero, maxDocs * 8);
                long abolished = rng.chance(0.6) ? 0 : rng.count(0.0, Math.max(0, before + issued));
                abolished = Math.min(abolished, before + issued);
                b.put(row, ActiveColumn.ISSUED, Cell.of(issued));
                b.put(row, ActiveColumn.ABOLISHED, Cell.of(abolished));
                b.put(row, ActiveColumn.IN_FORCE, Cell.of(before + issued - abolished));
                continue;
            }
            if (edition == Edition.E2019 && documents) {
                long made = rng.count(pZero, maxDocs);
                long published = rng.chance(0.8) ? made : rng.count(0.3, made);
                long total = published + rng.count(0.5, maxDocs * 10);
                b.put(row, ActiveColumn.NEWLY_MADE, Cell.of(made));
                b.put(row, ActiveColumn.NEWLY_PUBLISHED, Cell.of(published));
                b.put(row, ActiveColumn.TOTAL_PUBLISHED, Cell.of(total));
                continue;
            }
            BigDecimal previous = null;
            for (ActiveColumn c : row.columns(edition)) {
                Cell cell = value(rng, row, c, pZero, m);
                if (c == ActiveColumn.PREVIOUS_YEAR_ITEMS) {
                    previous = cell.value();
                } else if (c == ActiveColumn.CHANGE && previous != null && cell.value().add(previous).signum() < 0) {
                    cell = Cell.of(previous.negate());
                }
                b.put(row, c, cell);
            }
        }
        return b.build();
    }

    private static Cell value(Prng rng, ActiveRow row, ActiveColumn c, double pZero, Magnitudes m) {
        switch (c) {
            case AMOUNT:
            case PROCUREMENT_AMOUNT:
                return Cell.of(amount(rng, c == ActiveColumn.AMOUNT ? 20000 : 5_000_000));
            case CHANGE: {
                long v = rng.count(0.6, 30);
                return Cell.of(rng.chance(0.4) ? -v : v);
            }
            case PREVIOUS_YEAR_ITEMS:
                return Cell.of(rng.count(pZero, 300));
            case PROCUREMENT_ITEMS:
                return Cell.of(rng.count(0.4, 60));
            default: {
                long max = row == ActiveRow.ADMINISTRATIVE_LICENSING || row == ActiveRow.ADMINISTRATIVE_PENALTY
                        ? m.maxDecisions() : Math.max(10, m.maxDecisions() / 100);
                return Cell.of(rng.count(pZero, max));
            }
        }
    }

    /** A non-negative decimal with 0 to 4 places, in canonical form (6753, 6858.05, 3000644.004). */
    static BigDecimal amount(Prng rng, long maxWhole) {
        if (rng.chance(0.35)) {
            return BigDecimal.ZERO;
        }
        int scale = rng.nextInt(5);
        long whole = rng.count(0.1, maxWhole);
        long frac = scale == 0 ? 0 : rng.nextInt(POWERS[scale]);
        BigDecimal v = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(frac, scale));
        return ReportJson.canonical(v);
    }
}
