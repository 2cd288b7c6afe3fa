package dev.gongkai.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.Section;
import dev.gongkai.json.ReportJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated reports satisfy every rule (checked by {@link IndependentCheck}), across seeds and options. */
class GeneratorPropertyTest {

    static final int COUNT = 3000;

    @Test
    void everyRuleHoldsOnPlainReports() {
        for (long seed = 0; seed < COUNT; seed++) {
            Report r = Reports.generator().generate(seed);
            assertThat(IndependentCheck.check(r)).as("seed %d", seed).isEmpty();
            assertThat(r.sections()).as("seed %d", seed).hasSize(6);
            assertThat(r.year()).as("seed %d", seed).isNotNull();
            assertThat(r.title()).as("seed %d", seed).startsWith(r.organ()).contains(r.year() + "年");
            if (r.published() != null) {
                assertThat(r.published().getYear()).as("seed %d", seed).isEqualTo(r.year() + 1);
            }
        }
    }

    @Test
    void everyMagnitudeAndEditionIsConsistent() {
        for (Magnitudes m : Magnitudes.values()) {
            for (Edition e : Edition.values()) {
                ReportGenerator g = Reports.generator().edition(e).magnitudes(m);
                for (long seed = 0; seed < COUNT / 6; seed++) {
                    Report r = g.generate(seed);
                    assertThat(r.edition()).isEqualTo(e);
                    assertThat(IndependentCheck.check(r)).as("%s seed %d", g, seed).isEmpty();
                }
            }
        }
    }

    @Test
    void blanksBreakOnlyValuesBlank() {
        ReportGenerator g = Reports.generator().withBlanks();
        for (long seed = 0; seed < COUNT; seed++) {
            List<String> found = IndependentCheck.check(g.generate(seed));
            assertThat(found).as("seed %d", seed).isNotEmpty().allMatch(f -> f.startsWith("values.blank "));
        }
    }

    @Test
    void collapsedOtherRowBreaksOnlyStructureTemplateOn2021() {
        ReportGenerator g = Reports.generator().edition(Edition.E2021).withCollapsedOtherRow();
        for (long seed = 0; seed < COUNT / 3; seed++) {
            Report r = g.generate(seed);
            assertThat(r.otherCollapsed()).isTrue();
            assertThat(IndependentCheck.check(r)).as("seed %d", seed)
                    .containsExactly("structure.template applications other -");
        }
    }

    @Test
    void pairsChainCarryOverAndDocumentsInForce() {
        for (long seed = 0; seed < COUNT / 3; seed++) {
            ReportPair p = Reports.generator().generatePair(seed);
            assertThat(p.current().year()).isEqualTo(p.previous().year() + 1);
            assertThat(p.current().organ()).isEqualTo(p.previous().organ());
            assertThat(IndependentCheck.check(p.previous())).as("seed %d", seed).isEmpty();
            assertThat(IndependentCheck.check(p.previous(), p.current())).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void sameSeedSameReportAndSeedsDiffer() {
        for (long seed = 0; seed < 200; seed++) {
            Report a = Reports.generator().generate(seed);
            Report b = Reports.generator().generate(seed);
            assertThat(ReportJson.toJson(a)).isEqualTo(ReportJson.toJson(b));
        }
        assertThat(ReportJson.toJson(Reports.generator().generate(1)))
                .isNotEqualTo(ReportJson.toJson(Reports.generator().generate(2)));
    }

    /** The generator covers what matters: both editions, non-zero cells everywhere, negatives in 增/减, decimals. */
    @Test
    void coversTheSpace() {
        int e2019 = 0;
        int collapsedNever = 0;
        int fiveDigit = 0;
        int negativeChange = 0;
        int decimals = 0;
        int carriedOver = 0;
        int organisations = 0;
        for (long seed = 0; seed < COUNT; seed++) {
            Report r = Reports.generator().generate(seed);
            e2019 += r.edition() == Edition.E2019 ? 1 : 0;
            collapsedNever += r.otherCollapsed() ? 1 : 0;
            BigDecimal lic = r.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_LICENSING, ActiveColumn.DECISIONS);
            fiveDigit += lic != null && lic.compareTo(BigDecimal.valueOf(10000)) >= 0 ? 1 : 0;
            if (r.edition() == Edition.E2019) {
                BigDecimal ch = r.activeDisclosure().value(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.CHANGE);
                negativeChange += ch.signum() < 0 ? 1 : 0;
                decimals += r.activeDisclosure().value(ActiveRow.CENTRALIZED_PROCUREMENT, ActiveColumn.PROCUREMENT_AMOUNT).scale() > 0 ? 1 : 0;
            }
            carriedOver += r.applications().value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL).signum() > 0 ? 1 : 0;
            organisations += r.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.COMMERCIAL_ENTERPRISE).signum() > 0 ? 1 : 0;
            assertThat(r.section(Section.OVERVIEW)).isNotBlank();
        }
        assertThat(e2019).isBetween(COUNT / 5, COUNT / 2);
        assertThat(collapsedNever).isZero();
        assertThat(fiveDigit).isGreaterThan(COUNT / 20);
        assertThat(negativeChange).isGreaterThan(COUNT / 50);
        assertThat(decimals).isGreaterThan(COUNT / 50);
        assertThat(carriedOver).isGreaterThan(COUNT / 10);
        assertThat(organisations).isGreaterThan(COUNT / 20);
    }
}
