package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.model.ReviewColumn;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.model.Section;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties over the testkit's seeded generators: no rule fires on a consistent report, and each
 * mutation breaks exactly its rule at the locations it must. A failure names the seed to replay.
 */
class RulesPropertyTest {

    static final int COUNT = 300;
    static final Validator V = Validator.defaults();

    @Test
    void noRuleFiresOnConsistentGeneratedReports() {
        for (Edition e : Edition.values()) {
            ReportGenerator g = Reports.generator().edition(e);
            for (long seed = 1; seed <= COUNT; seed++) {
                Report r = g.generate(seed);
                assertThat(V.validate(r)).as("edition %s seed %d: %s", e.code(), seed, r.sections()).isEmpty();
            }
        }
    }

    /**
     * Pairs are consistent across years; their short generated prose may repeat word for word from one
     * year to the next, which {@code narrative.copied} rightly reports, so it is off here.
     */
    @Test
    void noRuleFiresOnConsistentGeneratedPairs() {
        Validator v = Validator.of(RuleConfig.defaults().off("narrative.copied"));
        for (Edition e : Edition.values()) {
            ReportGenerator g = Reports.generator().edition(e);
            for (long seed = 1; seed <= COUNT; seed++) {
                ReportPair p = g.generatePair(seed);
                assertThat(v.validate(p.current(), p.previous())).as("pair edition %s seed %d", e.code(), seed).isEmpty();
                assertThat(v.validateAll(List.of(p.previous(), p.current()))).as("batch seed %d", seed)
                        .allSatisfy(f -> assertThat(f).isEmpty());
            }
        }
    }

    @Test
    void blanksOnlyEverRaiseValuesBlankAndCollapsedRowsOnlyStructureTemplate() {
        for (long seed = 1; seed <= COUNT; seed++) {
            for (Finding f : V.validate(Reports.generator().withBlanks().generate(seed))) {
                assertThat(f.rule()).as("withBlanks seed %d: %s", seed, f).isIn("values.blank", "structure.tables");
            }
            List<Finding> c = V.validate(Reports.generator().edition(Edition.E2021).withCollapsedOtherRow().generate(seed));
            assertThat(c).as("collapsed seed %d", seed).extracting(f -> f.rule() + " " + f.location())
                    .containsExactly("structure.template applications/other/*");
        }
    }

    /** A mutation: what it does to a report (or pair), the rule it must break, and where. */
    record Mutation(String rule, Function<Random, Mutated> apply) {}

    record Mutated(Report report, Report previous, Set<String> locations) {}

    static Set<String> at(String... l) {
        return new TreeSet<>(List.of(l));
    }

    static Report plain(Report r) {
        Report.Builder b = r.toBuilder();
        for (Section s : Section.values()) {
            b.section(s, null);
        }
        return b.build();
    }

    static Cell plus(Cell c, long d) {
        return Cell.of(c.value().add(BigDecimal.valueOf(d)));
    }

    @Test
    void eachMutationBreaksExactlyItsRuleWhereItShould() {
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(new Mutation("applications.balance", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            Applicant a = Applicant.parts().get(rnd.nextInt(6));
            var t = r.applications();
            Report m = r.toBuilder()
                    .cell(ApplicationRow.CARRIED_FORWARD, a, plus(t.cell(ApplicationRow.CARRIED_FORWARD, a), 1))
                    .cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL, plus(t.cell(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL), 1))
                    .build();
            return new Mutated(m, null, at("applications/*/" + a.code(), "applications/*/total"));
        }));
        mutations.add(new Mutation("applications.outcomes-sum", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            Applicant a = Applicant.parts().get(rnd.nextInt(6));
            var t = r.applications();
            Report m = r.toBuilder()
                    .cell(ApplicationRow.TOTAL_HANDLED, a, plus(t.cell(ApplicationRow.TOTAL_HANDLED, a), 1))
                    .cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, plus(t.cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL), 1))
                    .cell(ApplicationRow.CARRIED_OVER, a, plus(t.cell(ApplicationRow.CARRIED_OVER, a), 1))
                    .cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, plus(t.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL), 1))
                    .build();
            return new Mutated(m, null, at("applications/total_handled/" + a.code(), "applications/total_handled/total"));
        }));
        mutations.add(new Mutation("applications.applicant-sum", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            var t = r.applications();
            List<ApplicationRow> outcomes = t.rows().stream().filter(ApplicationRow::isOutcome).toList();
            ApplicationRow o = outcomes.get(rnd.nextInt(outcomes.size()));
            Report m = r.toBuilder()
                    .cell(o, Applicant.TOTAL, plus(t.cell(o, Applicant.TOTAL), 1))
                    .cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL, plus(t.cell(ApplicationRow.TOTAL_HANDLED, Applicant.TOTAL), 1))
                    .cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL, plus(t.cell(ApplicationRow.CARRIED_OVER, Applicant.TOTAL), 1))
                    .build();
            return new Mutated(m, null, at("applications/" + o.code() + "/total", "applications/total_handled/total",
                    "applications/carried_over/total"));
        }));
        mutations.add(new Mutation("review-litigation.sum", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            ReviewGroup g = ReviewGroup.all().get(rnd.nextInt(3));
            ReviewColumn c = ReviewColumn.all().get(rnd.nextInt(5));
            Report m = r.toBuilder().cell(g, c, plus(r.reviewLitigation().cell(g, c), 1 + rnd.nextInt(5))).build();
            return new Mutated(m, null, at("review_litigation/" + g.code() + "/total"));
        }));
        mutations.add(new Mutation("values.non-negative", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            Report m = r.toBuilder().cell(ActiveRow.ADMINISTRATIVE_PENALTY, ActiveColumn.DECISIONS, Cell.of(-1 - rnd.nextInt(100))).build();
            return new Mutated(m, null, at("active_disclosure/administrative_penalty/decisions"));
        }));
        mutations.add(new Mutation("values.integer", rnd -> {
            Report r = plain(Reports.generator().generate(rnd.nextLong() & 0xffff));
            Report m = r.toBuilder().cell(ActiveRow.ADMINISTRATIVE_COERCION, ActiveColumn.DECISIONS, Cell.of(rnd.nextInt(100) + ".5")).build();
            return new Mutated(m, null, at("active_disclosure/administrative_coercion/decisions"));
        }));
        mutations.add(new Mutation("values.blank", rnd -> {
            Report r = Reports.generator().generate(rnd.nextLong() & 0xffff);
            var t = r.applications();
            ApplicationRow row = t.rows().get(rnd.nextInt(t.rows().size()));
            Applicant a = Applicant.all().get(rnd.nextInt(7));
            Report m = r.toBuilder().cell(row, a, Cell.blank("—", null)).build();
            return new Mutated(m, null, at("applications/" + row.code() + "/" + a.code()));
        }));
        mutations.add(new Mutation("structure.edition-year", rnd -> {
            Report r = plain(Reports.generator().edition(Edition.E2019).generate(rnd.nextLong() & 0xffff));
            int year = 2021 + rnd.nextInt(4);
            String title = r.title() == null ? null : r.title().replace(String.valueOf(r.year()), String.valueOf(year));
            return new Mutated(r.toBuilder().year(year).title(title).build(), null, at(""));
        }));
        mutations.add(new Mutation("cross-year.carry-over", rnd -> {
            ReportPair p = Reports.generator().generatePair(rnd.nextLong() & 0xffff);
            Applicant a = Applicant.all().get(rnd.nextInt(7));
            Report last = p.previous().toBuilder().cell(ApplicationRow.CARRIED_FORWARD, a,
                    plus(p.previous().applications().cell(ApplicationRow.CARRIED_FORWARD, a), 1)).build();
            return new Mutated(plain(p.current()), plain(last), at("applications/carried_over/" + a.code()));
        }));
        mutations.add(new Mutation("cross-year.normative-documents", rnd -> {
            ReportPair p = Reports.generator().edition(Edition.E2021).generatePair(rnd.nextLong() & 0xffff);
            while (p.previous().edition() != Edition.E2021) {
                p = Reports.generator().edition(Edition.E2021).generatePair(rnd.nextLong() & 0xffff);
            }
            ActiveRow row = rnd.nextBoolean() ? ActiveRow.RULES : ActiveRow.NORMATIVE_DOCUMENTS;
            Report last = p.previous().toBuilder().cell(row, ActiveColumn.IN_FORCE,
                    plus(p.previous().activeDisclosure().cell(row, ActiveColumn.IN_FORCE), 1)).build();
            return new Mutated(plain(p.current()), plain(last), at("active_disclosure/" + row.code() + "/in_force"));
        }));
        mutations.add(new Mutation("narrative.applications", rnd -> {
            Report r = Reports.generator().generate(rnd.nextLong() & 0xffff);
            var t = r.applications();
            long fresh = t.value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL).longValueExact();
            long all = fresh + t.value(ApplicationRow.CARRIED_OVER, Applicant.TOTAL).longValueExact();
            long said = all + 1 + rnd.nextInt(50);
            String text = "本年度共收到政府信息公开申请" + said + "件。";
            return new Mutated(plain(r).toBuilder().section(Section.OVERVIEW, text).build(), null,
                    at("applications/new_received/total §overview"));
        }));
        mutations.add(new Mutation("narrative.review-litigation", rnd -> {
            Report r = Reports.generator().generate(rnd.nextLong() & 0xffff);
            long review = r.reviewLitigation().value(ReviewGroup.REVIEW, ReviewColumn.TOTAL).longValueExact();
            String text = "全年被申请行政复议" + (review + 1 + rnd.nextInt(9)) + "件。";
            return new Mutated(plain(r).toBuilder().section(Section.REVIEW_LITIGATION, text).build(), null,
                    at("review_litigation/review/total §review_litigation"));
        }));
        for (Mutation mu : mutations) {
            for (long seed = 1; seed <= COUNT / 3; seed++) {
                Mutated m = mu.apply().apply(new Random(seed * 7919 + mu.rule().hashCode()));
                List<Finding> f = m.previous() == null ? V.validate(m.report()) : V.validate(m.report(), m.previous());
                f = f.stream().filter(x -> !x.rule().equals("structure.sections")).toList();
                assertThat(f).as("%s, seed %d: %s", mu.rule(), seed, f).allMatch(x -> x.rule().equals(mu.rule()));
                Set<String> where = new TreeSet<>();
                f.forEach(x -> where.add(x.location().toString()));
                assertThat(where).as("%s, seed %d", mu.rule(), seed).isEqualTo(m.locations());
            }
        }
    }
}
