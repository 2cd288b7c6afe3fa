package dev.gongkai.parser.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.render.HtmlRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.StrayNumber;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A stray number (a footnote mark, a page number, a {@code — 5 —} footer) written as one more value
 * cell into a random row of table 二, 三 or 四 — before, inside or after its values — of consistent
 * generated reports, rendered as whole HTML pages and as fragments: every cell is read as written or
 * marked uncertain, never a wrong value the reader vouches for, and validation gives no ERROR.
 * Conversely, a report that truly breaks an arithmetic rule, rendered without a stray, still gets that
 * rule's ERROR. Failures list the seed, the shape and the stray.
 */
@Tag("slow")
class StrayCertaintyHtmlPropertyTest {

    private static final int COUNT = 300;

    private final HtmlReportParser parser = new HtmlReportParser();
    private final Validator validator = Validator.defaults();

    @Test
    void aStrayCellLeavesEveryCellRightOrUncertainAndNoError() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        long cases = 0;
        long errors = 0;
        long[] total = new long[5];
        for (boolean fragment : new boolean[] {false, true}) {
            long[] count = new long[5];
            int shapeErrors = 0;
            for (long seed = 1; seed <= COUNT; seed++) {
                Report expected = generators.get((int) (seed % generators.size())).generate(seed);
                StrayNumber stray = StrayNumber.seeded(expected, seed);
                Rendering doc = HtmlRenderer.standard()
                        .render(expected, RenderOptions.seeded(seed).fragment(fragment).stray(stray));
                ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
                List<String> wrong = new ArrayList<>();
                ReadingAudit.certainty(expected, p.report(), count, wrong);
                List<Finding> err = validator.validate(p.report()).stream()
                        .filter(f -> f.severity() == Severity.ERROR).toList();
                cases++;
                shapeErrors += err.size();
                if ((!wrong.isEmpty() || !err.isEmpty()) && failures.size() < 8) {
                    failures.add("seed " + seed + " " + doc.describe() + " " + stray + "\n  wrong: " + wrong
                            + "\n  errors: " + err.stream().map(f -> f.rule() + " " + f.location()).toList()
                            + "\n  problems: " + p.problems());
                }
            }
            errors += shapeErrors;
            for (int k = 0; k < 5; k++) {
                total[k] += count[k];
            }
            System.out.printf("stray certainty html/%s: %d cells, read right %d, uncertain %d, missing plainly %d,"
                    + " wrong and certain %d; ERROR findings %d%n", fragment ? "fragment" : "page", count[0], count[1],
                    count[2], count[3], count[4], shapeErrors);
        }
        System.out.printf("stray certainty html: %d cases, %d cells: right %d, uncertain %d, missing plainly %d,"
                + " wrong and certain %d; ERROR findings %d%n", cases, total[0], total[1], total[2], total[3],
                total[4], errors);
        assertThat(failures).as("cells read wrong yet certain, or ERROR findings, on consistent reports").isEmpty();
        assertThat(total[4]).isZero();
        assertThat(errors).isZero();
        assertThat(cases).isEqualTo(2L * COUNT);
        assertThat(total[1]).as("most cells read right").isGreaterThan(total[0] * 9 / 10);
        assertThat(total[2]).as("the strays reach the reader: some rows are left in doubt").isPositive();
    }

    @Test
    void aReportThatBreaksARuleStillGetsItsErrorWhenReadCleanly() throws Exception {
        List<String> rules = List.of("applications.balance", "applications.outcomes-sum",
                "applications.applicant-sum", "review-litigation.sum", "values.non-negative", "values.integer");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (boolean fragment : new boolean[] {false, true}) {
            for (String rule : rules) {
                for (long seed = 0; seed < 12; seed++) {
                    Violation v = Reports.violating(rule, seed);
                    Rendering doc = HtmlRenderer.standard().render(v.report(),
                            RenderOptions.seeded(seed).fragment(fragment));
                    ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
                    cases++;
                    List<Finding> f = validator.validate(p.report());
                    boolean error = f.stream().anyMatch(x -> x.rule().equals(rule) && x.severity() == Severity.ERROR);
                    if (!error && failures.size() < 12) {
                        failures.add(rule + " seed " + seed + " " + doc.describe() + ": "
                                + f.stream().map(x -> x.rule() + " " + x.severity()).distinct().toList()
                                + " uncertain " + p.report().uncertainties() + " problems " + p.problems());
                    }
                }
            }
        }
        System.out.printf("inconsistent reports read cleanly from html: %d cases%n", cases);
        assertThat(failures).as("a rule broken by the report is an ERROR when its cells are read cleanly").isEmpty();
    }
}
