package dev.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.json.ReportJson;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Example: a property test over the testkit's seeded generators (no property-testing framework: a
 * loop over seeds, and the seed in every failure message so a case can be replayed with
 * {@code generator.generate(seed)}).
 */
class GeneratedReportsPropertyTest {

    static final long FIRST_SEED = 20_240_101L;
    static final int CASES = 150;

    final Validator validator = Validator.defaults();

    @Test
    void consistentReportsHaveNoErrorAndSurviveTheCanonicalJson() throws Exception {
        for (Edition edition : Edition.values()) {
            var generator = Reports.generator().edition(edition);
            for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
                Report r = generator.generate(seed);
                List<Finding> errors = validator.validate(r).stream().filter(f -> f.severity() == Severity.ERROR).toList();
                assertThat(errors).as("edition %s seed %d: %s", edition.code(), seed,
                        errors.isEmpty() ? "" : errors.get(0).toLine(Locale.ENGLISH)).isEmpty();
                String json = ReportJson.toJson(r);
                assertThat(ReportJson.toJson(ReportJson.read(json))).as("edition %s seed %d", edition.code(), seed).isEqualTo(json);
            }
        }
    }

    @Test
    void consecutiveYearsOfOneOrganAgree() {
        var generator = Reports.generator().edition(Edition.E2021);
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            ReportPair p = generator.generatePair(seed);
            List<Finding> cross = validator.validate(p.current(), p.previous()).stream()
                    .filter(f -> f.rule().startsWith("cross-year.")).toList();
            assertThat(cross).as("seed %d: %s", seed, cross.isEmpty() ? "" : cross.get(0).toLine(Locale.ENGLISH)).isEmpty();
        }
    }
}
