package dev.gongkai.validation.internal.rules;

import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.validation.Location;
import dev.gongkai.validation.NamedReport;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.spi.Rule;
import dev.gongkai.validation.spi.RuleContext;
import dev.gongkai.validation.spi.RuleDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * In a batch, another document is the same organ's report of the same year (an HTML page and its PDF
 * attachment, a re-upload). One INFO finding naming the others whose tables agree with this one's
 * (every cell of tables 二, 三 and 四 holds the same number, or both are blank or missing); a WARNING per
 * other document whose tables differ, naming how many cells and the first {@value #SHOWN}. A difference in a cell that either
 * reader could not read with certainty is not held against the reports: when all differences are such,
 * the finding is {@code reading.uncertain}. A table that either document holds but its reader could not
 * map is not compared.
 *
 * <p>What one report's findings name is bounded, so a group of n copies gives O(n) findings, not O(n²): the
 * agreeing copies are named up to {@value #NAMED} ("+N" for the rest), the differing ones get a finding each
 * up to {@value #DIFFERING_NAMED}, and the differing documents after those are counted in one more WARNING
 * ({@code batch.duplicate.more}: the year, how many more, how many were named).
 */
@RuleDefinition(id = "batch.duplicate", severity = Severity.WARNING, since = "0.2",
        summary = "In a batch, two documents are the same organ's report of the same year (INFO when their tables agree, WARNING when they differ).",
        messages = {"batch.duplicate.same", "batch.duplicate.differs", "batch.duplicate.more"})
public final class BatchDuplicate implements Rule {

    /** How many differing cells a finding names. */
    static final int SHOWN = 3;

    /** A cell that differs between the two documents. */
    private record Difference(StatTable<?, ?> mine, StatTable<?, ?> theirs, Code row, Code column, Cell a, Cell b) {
        boolean certain() {
            return a.isCertain() && b.isCertain();
        }

        @Override
        public String toString() {
            return mine.id().code() + "/" + row.code() + "/" + column.code() + ": " + show(a) + " ≠ " + show(b);
        }

        private static String show(Cell c) {
            return c.value() == null ? "—" : c.value().toPlainString();
        }
    }

    @Override
    public void check(RuleContext ctx) {
        Report r = ctx.report();
        List<String> agreeing = new ArrayList<>();
        int named = 0;
        int more = 0;
        boolean moreCertain = false;
        List<Difference> moreDoubtful = List.of();
        String year = r.year() == null ? "?" : String.valueOf(r.year());
        for (NamedReport other : ctx.duplicates()) {
            Report o = other.report();
            List<Difference> diffs = new ArrayList<>();
            compare(r, o, r.activeDisclosure(), o.activeDisclosure(), diffs);
            compare(r, o, r.applications(), o.applications(), diffs);
            compare(r, o, r.reviewLitigation(), o.reviewLitigation(), diffs);
            if (diffs.isEmpty()) {
                agreeing.add(other.name());
                continue;
            }
            List<Difference> certain = diffs.stream().filter(Difference::certain).toList();
            if (named == DIFFERING_NAMED) {
                more++;
                moreCertain |= !certain.isEmpty();
                if (certain.isEmpty() && moreDoubtful.isEmpty()) {
                    moreDoubtful = diffs;
                }
                continue;
            }
            named++;
            List<Difference> shown = certain.isEmpty() ? diffs : certain;
            StringJoiner first = new StringJoiner("; ");
            shown.stream().limit(SHOWN).forEach(d -> first.add(d.toString()));
            RuleContext.FindingBuilder f = ctx.finding("batch.duplicate.differs", Location.DOCUMENT)
                    .arguments(year, other.name(), String.valueOf(shown.size()), first.toString());
            if (certain.isEmpty()) {
                for (Difference d : diffs) {
                    f.over(d.mine(), d.row(), d.column()).over(d.theirs(), d.row(), d.column());
                }
            }
            f.add();
        }
        if (more > 0) {
            // counted, not named: a document differing only in cells read with doubt blames no one
            RuleContext.FindingBuilder f = ctx.finding("batch.duplicate.more", Location.DOCUMENT)
                    .arguments(year, String.valueOf(more), String.valueOf(DIFFERING_NAMED));
            if (!moreCertain) {
                for (Difference d : moreDoubtful) {
                    f.over(d.mine(), d.row(), d.column()).over(d.theirs(), d.row(), d.column());
                }
            }
            f.add();
        }
        if (!agreeing.isEmpty()) {
            // one finding for all the copies that agree: a report published five times is not five findings
            StringJoiner names = new StringJoiner(", ");
            agreeing.stream().limit(NAMED).forEach(names::add);
            if (agreeing.size() > NAMED) {
                names.add("+" + (agreeing.size() - NAMED));
            }
            ctx.finding("batch.duplicate.same", Location.DOCUMENT).severity(Severity.INFO)
                    .arguments(year, names.toString()).add();
        }
    }

    /** How many agreeing copies an INFO finding names (the rest are counted). */
    static final int NAMED = 3;

    /** How many differing documents get a finding each (the rest are counted in one). */
    static final int DIFFERING_NAMED = 10;

    /**
     * Adds every slot of either table whose values differ (a slot one table lacks counts as blank); not
     * when either document holds the table but its reader could not map it.
     */
    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void compare(Report ra, Report rb,
            StatTable<R, C> a, StatTable<R, C> b, List<Difference> out) {
        if (ra.structure().tablesUnmapped().containsKey(a.id()) || rb.structure().tablesUnmapped().containsKey(b.id())) {
            return;
        }
        Set<R> rows = new LinkedHashSet<>(a.rows());
        rows.addAll(b.rows());
        for (R row : rows) {
            Set<C> columns = new LinkedHashSet<>();
            if (a.has(row)) {
                columns.addAll(a.columns(row));
            }
            if (b.has(row)) {
                columns.addAll(b.columns(row));
            }
            for (C c : columns) {
                Cell x = a.has(row, c) ? a.cell(row, c) : Cell.MISSING;
                Cell y = b.has(row, c) ? b.cell(row, c) : Cell.MISSING;
                if (!x.sameValue(y)) {
                    out.add(new Difference(a, b, row, c, x, y));
                }
            }
        }
    }
}
