package dev.gongkai.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Code;
import dev.gongkai.model.Report;
import dev.gongkai.model.StatTable;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.render.MarkdownRenderer;
import dev.gongkai.testkit.render.RenderOptions;
import dev.gongkai.testkit.render.Renderer;
import dev.gongkai.testkit.render.Rendering;
import dev.gongkai.testkit.render.StrayNumber;
import dev.gongkai.testkit.render.TextRenderer;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A stray number (a footnote mark, a page number, a {@code — 5 —} footer) written into a random row of
 * table 二, 三 or 四 — before, inside or after its values — of consistent generated reports, in every
 * text and Markdown shape the testkit renders: every cell is read as written or marked uncertain, never
 * a wrong value the reader vouches for, and validation gives no ERROR (the sums that take in a doubted
 * cell are {@code reading.uncertain}). Conversely, a report that truly breaks an arithmetic rule,
 * rendered without a stray, still gets that rule's ERROR: cells read cleanly are certain. Failures list
 * the seed, the shape and the stray.
 */
@Tag("slow")
class StrayCertaintyPropertyTest {

    private static final int COUNT = 400;

    private final TextReportParser parser = new TextReportParser();
    private final Validator validator = Validator.defaults();

    @Test
    void aStrayNumberLeavesEveryCellRightOrUncertainAndNoError() throws Exception {
        List<Renderer> renderers = List.of(TextRenderer.tabs(), TextRenderer.pipes(), MarkdownRenderer.standard(),
                TextRenderer.flatSpaced(), TextRenderer.flat(), TextRenderer.aligned(), TextRenderer.alignedRaw());
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        long cases = 0;
        long errors = 0;
        long[] total = new long[5];
        for (Renderer renderer : renderers) {
            long[] count = new long[5];
            int shapeErrors = 0;
            int lossy = 0;
            int shapeFailures = 0;
            long[] lossyCount = new long[5];
            int lossyErrors = 0;
            for (long seed = 1; seed <= COUNT; seed++) {
                Report expected = generators.get((int) (seed % generators.size())).generate(seed);
                StrayNumber stray = StrayNumber.seeded(expected, seed);
                Rendering doc = renderer.render(expected, RenderOptions.seeded(seed).stray(stray));
                boolean blanksAsSpaces = doc.shape().startsWith("text/aligned") && !TextRenderer.keepsEveryCell(doc)
                        && hasBlanks(expected);
                ParseResult p = parser.parse(new ByteArrayInputStream(doc.bytes()), ParseContext.defaults());
                List<String> wrong = new ArrayList<>();
                long[] into = blanksAsSpaces ? lossyCount : count;
                CellAudit.certainty(expected.activeDisclosure(), p.report().activeDisclosure(), into, wrong);
                CellAudit.certainty(expected.applications(), p.report().applications(), into, wrong);
                CellAudit.certainty(expected.reviewLitigation(), p.report().reviewLitigation(), into, wrong);
                List<Finding> err = validator.validate(p.report()).stream()
                        .filter(f -> f.severity() == Severity.ERROR).toList();
                if (blanksAsSpaces) {
                    // blank cells written as spaces leave no trace of their column: measured, not asserted
                    lossy++;
                    lossyErrors += err.size();
                    continue;
                }
                cases++;
                shapeErrors += err.size();
                if ((!wrong.isEmpty() || !err.isEmpty()) && shapeFailures++ < 3) {
                    failures.add("seed " + seed + " " + doc.describe() + " " + stray + "\n  wrong: " + wrong
                            + "\n  errors: " + err.stream().map(f -> f.rule() + " " + f.location()).toList()
                            + "\n  problems: " + p.problems());
                }
            }
            errors += shapeErrors;
            for (int k = 0; k < 5; k++) {
                total[k] += count[k];
            }
            System.out.printf("stray certainty %s: %d cells, read right %d, uncertain %d, missing plainly %d,"
                    + " wrong and certain %d; ERROR findings %d%n", renderer, count[0], count[1], count[2], count[3],
                    count[4], shapeErrors);
            if (lossy > 0) {
                System.out.printf("  not asserted, %d renderings with blank cells written as spaces: %d cells, right %d,"
                        + " uncertain %d, wrong and certain %d; ERROR findings %d%n", lossy, lossyCount[0], lossyCount[1],
                        lossyCount[2], lossyCount[4], lossyErrors);
            }
        }
        System.out.printf("stray certainty: %d cases, %d cells: right %d, uncertain %d, missing plainly %d,"
                + " wrong and certain %d; ERROR findings %d%n", cases, total[0], total[1], total[2], total[3],
                total[4], errors);
        assertThat(failures).as("cells read wrong yet certain, or ERROR findings, on consistent reports").isEmpty();
        assertThat(total[4]).isZero();
        assertThat(errors).isZero();
        assertThat(cases).isGreaterThan(COUNT * 6L);
    }

    @Test
    void aReportThatBreaksARuleStillGetsItsErrorWhenReadCleanly() throws Exception {
        List<Renderer> renderers = List.of(TextRenderer.tabs(), TextRenderer.pipes(), MarkdownRenderer.standard(),
                TextRenderer.flatSpaced(), TextRenderer.aligned(), TextRenderer.alignedRaw());
        List<String> rules = List.of("applications.balance", "applications.outcomes-sum",
                "applications.applicant-sum", "review-litigation.sum", "values.non-negative", "values.integer");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Renderer renderer : renderers) {
            for (String rule : rules) {
                for (long seed = 0; seed < 12; seed++) {
                    Violation v = Reports.violating(rule, seed);
                    Rendering doc = renderer.render(v.report(), RenderOptions.seeded(seed));
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
        System.out.printf("inconsistent reports read cleanly: %d cases%n", cases);
        assertThat(failures).as("a rule broken by the report is an ERROR when its cells are read cleanly").isEmpty();
    }

    private static boolean hasBlanks(Report r) {
        return blanks(r.applications()) || blanks(r.activeDisclosure()) || blanks(r.reviewLitigation());
    }

    private static <R extends Enum<R> & Code, C extends Enum<C> & Code> boolean blanks(StatTable<R, C> t) {
        for (R row : t.rows()) {
            if (t.row(row).values().stream().anyMatch(c -> c.isBlank())) {
                return true;
            }
        }
        return false;
    }
}
