package dev.gongkai.testkit.internal;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.model.StatTable;
import dev.gongkai.testkit.Magnitudes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The generation of one report (or a pair of consecutive years) from a seed. */
public final class Generation {

    /** What the caller fixed; {@code null} fields are drawn from the seed. */
    public record Options(Edition edition, boolean blanks, boolean collapsed, Magnitudes magnitudes) {}

    private Generation() {}

    /** One report. */
    public static Report report(long seed, Options o) {
        Prng root = new Prng(seed);
        Prng meta = root.split();
        Edition edition = o.edition() != null ? o.edition() : meta.chance(0.7) ? Edition.E2021 : Edition.E2019;
        int year = edition == Edition.E2019 ? meta.between(2019, 2020) : meta.between(2021, 2025);
        boolean signed = meta.chance(0.6);
        String organ = Names.organ(meta, signed);
        return build(root, meta, o, edition, year, organ, signed, null, null);
    }

    /** Last year's and this year's report of one organ: carried over = last carried forward, in_force chained. */
    public static Report[] pair(long seed, Options o) {
        Prng root = new Prng(seed);
        Prng meta = root.split();
        Edition edition = o.edition() != null ? o.edition() : meta.chance(0.7) ? Edition.E2021 : Edition.E2019;
        int year = edition == Edition.E2019 ? 2020 : meta.between(2021, 2025);
        boolean signed = meta.chance(0.6);
        String organ = Names.organ(meta, signed);
        Edition prevEdition = Edition.forYear(year - 1);
        Options prevOptions = new Options(prevEdition, o.blanks(), o.collapsed(), o.magnitudes());
        Report prev = build(root.split(), meta.split(), prevOptions, prevEdition, year - 1, organ, signed, null, null);
        long[] co = new long[6];
        for (int c = 0; c < 6; c++) {
            BigDecimal v = prev.applications().value(ApplicationRow.CARRIED_FORWARD, Applicant.parts().get(c));
            co[c] = v == null ? 0 : v.longValueExact();
        }
        long[] inForce = null;
        if (prevEdition == Edition.E2021 && edition == Edition.E2021) {
            inForce = new long[] {longOf(prev, ActiveRow.RULES), longOf(prev, ActiveRow.NORMATIVE_DOCUMENTS)};
        }
        Report current = build(root, meta, o, edition, year, organ, signed, co, inForce);
        return new Report[] {prev, notCopied(prev, current, meta)};
    }

    /**
     * Real reports do copy last year's text, but a generated pair should not do so by accident:
     * narrative sections equal to last year's are written again differently.
     */
    public static Report notCopied(Report prev, Report current, Prng rng) {
        Report.Builder b = current.toBuilder();
        for (Section s : new Section[] {Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS}) {
            String was = prev.section(s);
            String now = current.section(s);
            if (now == null || was == null || ProseWriter.similar(was, now) < 0.8) {
                continue;
            }
            for (int attempt = 0; attempt < 20 && ProseWriter.similar(was, now) >= 0.8; attempt++) {
                now = ProseWriter.rewrite(rng, s, current, attempt);
            }
            b.section(s, now);
        }
        return b.build();
    }

    private static long longOf(Report r, ActiveRow row) {
        BigDecimal v = r.activeDisclosure().value(row, ActiveColumn.IN_FORCE);
        return v == null ? 0 : v.longValueExact();
    }

    private static Report build(Prng root, Prng meta, Options o, Edition edition, int year, String organ,
            boolean signed, long[] carriedOver, long[] inForce) {
        Prng tables = root.split();
        Prng prose = root.split();
        Prng blanks = root.split();
        boolean collapsed = edition == Edition.E2019 || o.collapsed();
        Magnitudes m = o.magnitudes() == null ? Magnitudes.REALISTIC : o.magnitudes();
        String title = organ + year + (meta.chance(0.85) ? "年政府信息公开工作年度报告" : "年度政府信息公开工作年度报告");
        LocalDate published = signed ? LocalDate.of(year + 1, 1, meta.between(5, 31)) : null;
        Report.Builder b = Report.builder(edition).year(year).organ(organ).title(title).published(published);
        b.activeDisclosure(TableMaker.activeDisclosure(tables, edition, m, inForce));
        b.applications(TableMaker.applications(tables, edition, collapsed, m, carriedOver));
        b.reviewLitigation(TableMaker.reviewLitigation(tables, m));
        if (o.blanks()) {
            Blanks.apply(blanks, b);
        }
        Report draft = b.build();
        Map<Section, String> sections = ProseWriter.write(prose, edition, year, organ, facts(prose, draft));
        sections.forEach(b::section);
        return b.build();
    }

    /** What the prose will state, drawn from the tables (either reading of a total that SPEC allows). */
    public static ProseWriter.Facts facts(Prng rng, Report r) {
        long nr = value(r.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL));
        long co = value(r.applications().value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL));
        Long received;
        Long persons = null;
        if (rng.chance(0.1)) {
            received = null;
        } else if (co > 0 && rng.chance(0.3)) {
            received = nr + co;
        } else {
            received = nr;
            if (nr > 0 && rng.chance(0.5)) {
                persons = value(r.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.NATURAL_PERSON));
            }
        }
        Long review = null;
        Long litigation = null;
        if (rng.chance(0.7)) {
            review = value(r.reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.TOTAL));
            litigation = value(r.reviewLitigation().value(ReviewGroup.LITIGATION_DIRECT, ReviewColumn.TOTAL))
                    + value(r.reviewLitigation().value(ReviewGroup.LITIGATION_AFTER_REVIEW, ReviewColumn.TOTAL));
        }
        return new ProseWriter.Facts(received, persons, review, litigation);
    }

    private static long value(BigDecimal v) {
        return v == null ? 0 : v.longValueExact();
    }

    /** Rewrites the prose of a (changed) report from its tables with the seed's prose stream. */
    public static Report rewriteProse(long seed, Report r, java.util.function.UnaryOperator<ProseWriter.Facts> change) {
        Prng prose = new Prng(seed ^ 0x2545F4914F6CDD1DL);
        ProseWriter.Facts f = change.apply(facts(prose, r));
        Report.Builder b = r.toBuilder();
        ProseWriter.write(prose, r.edition(), r.year(), r.organ(), f).forEach(b::section);
        return b.build();
    }
}
