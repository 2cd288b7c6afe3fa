package dev.gongkai.parser.pdf.internal;

import dev.gongkai.layout.RecognisedReports;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.StatTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The doubt about table cells read from OCR text (a scan's text layer, or the OCR engine's reading of
 * the page image), settled by the template's arithmetic (ADR "searchable scans").
 *
 * <p>A cell read from OCR text is certain only when the template's sums confirm it: it takes part in at
 * least one sum whose every member has a value and which holds, and in no such sum that breaks. Table
 * 二 has no sums, so its OCR cells stay uncertain; so do blanks and missing cells (a digit the engine
 * dropped leaves a blank). Where the text layer and the engine's own reading of the image are both at
 * hand, a value both give is certain when the engine is sure of it (its own arithmetic check: the two
 * readings often come from the same engine and make the same mistake, so agreement alone is not enough);
 * any other value (given by one reading only,
 * or where they differ) is certain only when a sum forces it: the sum holds with it and every other
 * member is already certain, and no sum it takes part in breaks; to a fixed point (see
 * {@link #reconcile}). So a value one reading alone gives never vouches for another.
 */
public final class OcrCells {

    /** A table slot. */
    record Slot(Object row, Object column) {}

    /** One sum of the template over slots: {@code Σ sign·value = 0}. */
    record Sum(Map<Slot, Integer> terms) {}

    private OcrCells() {}

    /**
     * The report with every table cell read from OCR text marked {@code problem} unless the sums
     * confirm it.
     *
     * @param fromOcr which cells were read from OCR text
     */
    public static Report settle(Report r, Predicate<Cell> fromOcr, String problem) {
        Map<Slot, Cell> cells = cells(r);
        List<Sum> sums = sums(r);
        Map<Slot, Cell> out = new LinkedHashMap<>();
        for (Map.Entry<Slot, Cell> e : cells.entrySet()) {
            Cell c = e.getValue();
            if (fromOcr.test(c) && c.isCertain() && !confirmed(e.getKey(), cells, sums)) {
                out.put(e.getKey(), c.uncertain(problem));
            }
        }
        return with(r, out);
    }

    /**
     * The layer's report reconciled with the engine's reading of the same pages: every cell read from
     * OCR text in {@code layer} is replaced by the reconciled cell.
     *
     * <p>A value both readings give is certain when the engine is sure of it; any other value is taken
     * as certain only when a sum it takes part in holds with it and every other member of that sum is
     * already certain or given alike by both readings, and no complete sum it takes part in breaks. So one reading alone never vouches for another: a sum confirms at most one value
     * that only one reading gave, and that value is the one the sum forces. Where the readings differ,
     * the one value that passes is taken. Cells so confirmed confirm others in turn, to a fixed point;
     * what is left is uncertain ({@code problem}), with the engine's value where the layer had none or
     * differed.
     *
     * @param problem the uncertainty of a cell nothing confirms
     */
    public static Report reconcile(Report layer, Report image, Predicate<Cell> fromOcr, String problem) {
        Map<Slot, Cell> a = cells(layer);
        Map<Slot, Cell> b = cells(image);
        List<Sum> sums = sums(layer);
        Map<Slot, Cell> value = new HashMap<>(a); // every slot's value: certain, or provisional
        Set<Slot> sure = new HashSet<>();
        Set<Slot> agreed = new HashSet<>();
        Map<Slot, List<Cell>> open = new LinkedHashMap<>(); // undecided slots and their readings
        for (Map.Entry<Slot, Cell> e : a.entrySet()) {
            Slot s = e.getKey();
            Cell x = e.getValue(), y = b.get(s);
            boolean hasX = x.value() != null, hasY = y != null && y.value() != null;
            if (!fromOcr.test(x)) {
                if (x.isCertain() && hasX) {
                    sure.add(s);
                }
            } else if (hasX && hasY && x.sameValue(y)) {
                if (y.isCertain()) {
                    sure.add(s);
                } else {
                    agreed.add(s);
                    open.put(s, List.of(x));
                }
            } else if (hasX && hasY) {
                open.put(s, List.of(x, y));
                value.put(s, y); // provisional: the engine's reading
            } else if (hasX) {
                open.put(s, List.of(x));
            } else if (hasY) {
                open.put(s, List.of(y));
                value.put(s, y);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Slot, List<Cell>> e = it.next();
                Slot s = e.getKey();
                Cell pick = null;
                int fits = 0;
                for (Cell candidate : e.getValue()) {
                    if (forced(s, candidate, value, sure, agreed, sums)) {
                        pick = candidate;
                        fits++;
                    }
                }
                if (fits == 1) {
                    value.put(s, pick);
                    sure.add(s);
                    it.remove();
                    changed = true;
                }
            }
        }
        Map<Slot, Cell> out = new LinkedHashMap<>();
        for (Map.Entry<Slot, Cell> e : a.entrySet()) {
            Slot s = e.getKey();
            if (!fromOcr.test(e.getValue())) {
                continue;
            }
            Cell c = value.get(s);
            out.put(s, sure.contains(s) ? c.certain() : c.uncertain(problem));
        }
        return with(layer, out);
    }

    /**
     * True when {@code candidate} in {@code slot} makes a sum hold whose every other member is certain
     * (or in {@code vouching}), and no complete sum of the slot breaks with it.
     */
    static boolean forced(Slot slot, Cell candidate, Map<Slot, Cell> value, Set<Slot> sure, Set<Slot> vouching,
            List<Sum> sums) {
        boolean holds = false;
        for (Sum s : sums) {
            Integer sign = s.terms().get(slot);
            if (sign == null) {
                continue;
            }
            BigDecimal total = candidate.value().multiply(BigDecimal.valueOf(sign));
            boolean complete = true;
            boolean known = true;
            for (Map.Entry<Slot, Integer> t : s.terms().entrySet()) {
                if (t.getKey().equals(slot)) {
                    continue;
                }
                Cell c = value.get(t.getKey());
                if (c == null || c.value() == null) {
                    complete = false;
                    break;
                }
                known &= sure.contains(t.getKey()) || vouching.contains(t.getKey());
                total = total.add(c.value().multiply(BigDecimal.valueOf(t.getValue())));
            }
            if (!complete) {
                continue;
            }
            if (total.signum() != 0) {
                return false;
            }
            holds |= known;
        }
        return holds;
    }

    /**
     * The report with every table cell read from untrusted text marked {@code problem}, whatever the
     * sums say (a damaged font map can send the same digit to the same wrong character everywhere) and
     * whatever doubt the cell had before (the untrusted text is its cause).
     *
     * @param untrusted which cells were read from untrusted text
     */
    public static Report doubt(Report r, Predicate<Cell> untrusted, String problem) {
        Map<Slot, Cell> out = new LinkedHashMap<>();
        for (Map.Entry<Slot, Cell> e : cells(r).entrySet()) {
            Cell c = e.getValue();
            if (untrusted.test(c) && !problem.equals(c.uncertainty())) {
                out.put(e.getKey(), new Cell(c.value(), c.raw(), c.span(), problem));
            }
        }
        return with(r, out);
    }

    /**
     * The report with every table that was not found recorded as held but not mapped: on a scanned
     * page a table the OCR text did not give is not known to be missing.
     */
    public static Report unmappedNotMissing(Report r, String problem) {
        return RecognisedReports.tablesHeld(r, problem);
    }

    /** True when the slot takes part in a complete sum that holds and in no complete sum that breaks. */
    static boolean confirmed(Slot slot, Map<Slot, Cell> cells, List<Sum> sums) {
        boolean holds = false;
        for (Sum s : sums) {
            if (!s.terms().containsKey(slot)) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            boolean complete = true;
            for (Map.Entry<Slot, Integer> t : s.terms().entrySet()) {
                Cell c = cells.get(t.getKey());
                if (c == null || c.value() == null) {
                    complete = false;
                    break;
                }
                total = total.add(c.value().multiply(BigDecimal.valueOf(t.getValue())));
            }
            if (complete && total.signum() == 0) {
                holds = true;
            } else if (complete) {
                return false;
            }
        }
        return holds;
    }

    /** The template's sums over the report's tables 三 and 四 (table 二 has none). */
    static List<Sum> sums(Report r) {
        List<Sum> out = new ArrayList<>();
        StatTable<ApplicationRow, Applicant> t = r.applications();
        for (ApplicationRow row : t.rows()) {
            Map<Slot, Integer> terms = new HashMap<>();
            for (Applicant c : Applicant.parts()) {
                terms.put(new Slot(row, c), 1);
            }
            terms.put(new Slot(row, Applicant.TOTAL), -1);
            out.add(new Sum(terms));
        }
        for (Applicant c : Applicant.all()) {
            Map<Slot, Integer> outcomes = new HashMap<>();
            for (ApplicationRow row : t.rows()) {
                if (row.isOutcome()) {
                    outcomes.put(new Slot(row, c), 1);
                }
            }
            outcomes.put(new Slot(ApplicationRow.TOTAL_HANDLED, c), -1);
            out.add(new Sum(outcomes));
            out.add(new Sum(Map.of(new Slot(ApplicationRow.NEW_RECEIVED, c), 1,
                    new Slot(ApplicationRow.CARRIED_OVER, c), 1,
                    new Slot(ApplicationRow.TOTAL_HANDLED, c), -1,
                    new Slot(ApplicationRow.CARRIED_FORWARD, c), -1)));
        }
        for (ReviewGroup g : ReviewGroup.all()) {
            Map<Slot, Integer> terms = new HashMap<>();
            for (ReviewColumn c : ReviewColumn.parts()) {
                terms.put(new Slot(g, c), 1);
            }
            terms.put(new Slot(g, ReviewColumn.TOTAL), -1);
            out.add(new Sum(terms));
        }
        return out;
    }

    /** Every table cell of a report by slot. */
    static Map<Slot, Cell> cells(Report r) {
        Map<Slot, Cell> out = new LinkedHashMap<>();
        add(out, r.activeDisclosure());
        add(out, r.applications());
        add(out, r.reviewLitigation());
        return out;
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> void add(Map<Slot, Cell> out,
            StatTable<R, C> t) {
        for (R row : t.rows()) {
            t.row(row).forEach((c, cell) -> out.put(new Slot(row, c), cell));
        }
    }

    /** The report with some cells replaced. */
    static Report with(Report r, Map<Slot, Cell> replaced) {
        if (replaced.isEmpty()) {
            return r;
        }
        return r.toBuilder()
                .activeDisclosure(replace(r.activeDisclosure(), replaced))
                .applications(replace(r.applications(), replaced))
                .reviewLitigation(replace(r.reviewLitigation(), replaced))
                .build();
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> StatTable<R, C> replace(
            StatTable<R, C> t, Map<Slot, Cell> replaced) {
        StatTable.Builder<R, C> b = t.toBuilder();
        for (R row : t.rows()) {
            for (C c : t.columns(row)) {
                Cell n = replaced.get(new Slot(row, c));
                if (n != null) {
                    b.put(row, c, n);
                }
            }
        }
        return b.build();
    }

    /** The slots of a set of pages' cells: true for a cell whose span names one of the pages. */
    public static Predicate<Cell> onPages(Set<Integer> pages, boolean everyPage) {
        return c -> everyPage || c.span() != null && pages.contains(c.span().page());
    }
}
