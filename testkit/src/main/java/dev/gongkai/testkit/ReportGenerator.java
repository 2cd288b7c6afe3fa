package dev.gongkai.testkit;

import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.internal.Generation;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates reports that satisfy every rule of SPEC §4 by construction: per-column balance, outcome
 * rows summing to （七）总计, the six applicant columns summing to 总计, each review group summing to
 * its total, non-negative whole counts (only 本年增/减 may be negative), amounts with up to four
 * decimal places, a year fitting the edition, and prose whose counts agree with the tables.
 * Immutable and thread-safe; each configuration method returns a new generator.
 *
 * <p>The same seed gives the same report on every machine and JDK.
 *
 * <pre>{@code
 * ReportGenerator g = Reports.generator().edition(Edition.E2021).withBlanks();
 * Report r = g.generate(42);                      // replay: always the same report
 * g.stream(1000, 500).forEach(this::checkParser); // seeds 1000 … 1499
 * }</pre>
 *
 * <p>Deliberate exceptions to "every rule holds": {@link #withBlanks()} reports have blank cells
 * ({@code values.blank} fires, as it should), and {@link #withCollapsedOtherRow()} reports on edition
 * 2021 have the 2019 layout of （六）其他处理 ({@code structure.template} INFO fires).
 *
 * @since 0.1
 */
public final class ReportGenerator {

    private final Edition edition;
    private final boolean blanks;
    private final boolean collapsed;
    private final Magnitudes magnitudes;

    ReportGenerator(Edition edition, boolean blanks, boolean collapsed, Magnitudes magnitudes) {
        this.edition = edition;
        this.blanks = blanks;
        this.collapsed = collapsed;
        this.magnitudes = Objects.requireNonNull(magnitudes, "magnitudes");
    }

    /** Only reports of this edition ({@code null}: either, chosen by seed, about 70% 2021). */
    public ReportGenerator edition(Edition e) {
        return new ReportGenerator(e, blanks, collapsed, magnitudes);
    }

    /** Some cells holding 0 are left blank instead ({@code ""}, {@code —}, {@code /}, {@code 无}). */
    public ReportGenerator withBlanks() {
        return new ReportGenerator(edition, true, collapsed, magnitudes);
    }

    /** Edition 2021 reports keep （六）其他处理 as one row {@code other} (SPEC §2.2). No effect on 2019. */
    public ReportGenerator withCollapsedOtherRow() {
        return new ReportGenerator(edition, blanks, true, magnitudes);
    }

    /** The magnitude profile of the numbers (default {@link Magnitudes#REALISTIC}). */
    public ReportGenerator magnitudes(Magnitudes m) {
        return new ReportGenerator(edition, blanks, collapsed, m);
    }

    /** The configured edition, or {@code null} for either. */
    public Edition edition() {
        return edition;
    }

    /** The report of a seed. */
    public Report generate(long seed) {
        return Generation.report(seed, options());
    }

    /** The reports of seeds {@code seed}, {@code seed + 1}, … {@code seed + count - 1}, in that order. */
    public Stream<Report> stream(long seed, int count) {
        return LongStream.range(0, count).mapToObj(i -> generate(seed + i));
    }

    /**
     * Two consecutive years of one organ: this year's 上年结转 equals last year's 结转下年度 per
     * column, and (both on edition 2021) 现行有效件数 = last year's + 本年制发 − 本年废止. The
     * configured edition is this year's; last year's follows from its year.
     */
    public ReportPair generatePair(long seed) {
        Report[] p = Generation.pair(seed, options());
        return new ReportPair(p[0], p[1]);
    }

    Generation.Options options() {
        return new Generation.Options(edition, blanks, collapsed, magnitudes);
    }

    @Override
    public String toString() {
        return "ReportGenerator[edition=" + (edition == null ? "any" : edition.code()) + ", blanks=" + blanks
                + ", collapsedOtherRow=" + collapsed + ", magnitudes=" + magnitudes + "]";
    }
}
