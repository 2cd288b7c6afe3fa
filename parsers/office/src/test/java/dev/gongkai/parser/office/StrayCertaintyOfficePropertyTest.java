package dev.gongkai.parser.office;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.Report;
import dev.gongkai.parser.office.render.DocxRenderer;
import dev.gongkai.testkit.render.ReportLayouts;
import dev.gongkai.parser.office.render.SheetRenderer;
import dev.gongkai.spi.ParseContext;
import dev.gongkai.spi.ParseResult;
import dev.gongkai.spi.ReportParser;
import dev.gongkai.testkit.ReadingAudit;
import dev.gongkai.testkit.ReportGenerator;
import dev.gongkai.testkit.Reports;
import dev.gongkai.testkit.Violation;
import dev.gongkai.testkit.render.StrayNumber;
import dev.gongkai.validation.Finding;
import dev.gongkai.validation.Severity;
import dev.gongkai.validation.Validator;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stray number (a footnote mark, a page number, a {@code — 5 —} footer) written as one more cell
 * into a random row of table 二, 三 or 四 — before, inside or after its values — of consistent
 * generated reports, written as .docx and .xlsx with merged header blocks: every cell is read as
 * written or marked uncertain, never a wrong value the reader vouches for, and validation gives no
 * ERROR. Conversely, a report that truly breaks an arithmetic rule, written without a stray, still
 * gets that rule's ERROR. Failures list the seed, the format and the stray.
 */
class StrayCertaintyOfficePropertyTest {

    private static final int COUNT = 100;

    private final Validator validator = Validator.defaults();

    /** A format: its parser, a file name, and how it writes a layout. */
    private record Format(String name, ReportParser parser, Writer writer) {}

    @FunctionalInterface
    private interface Writer {
        byte[] write(Report r, long seed, StrayNumber stray);
    }

    private static final List<Format> FORMATS = List.of(
            new Format("r.docx", new DocxParser(), (r, seed, s) -> DocxRenderer.render(ReportLayouts.layout(r, seed, s))),
            new Format("r.xlsx", new XlsxParser(),
                    (r, seed, s) -> SheetRenderer.render(ReportLayouts.layout(r, seed, s), false, seed)));

    @Test
    void aStrayCellLeavesEveryCellRightOrUncertainAndNoError() throws Exception {
        List<ReportGenerator> generators = List.of(Reports.generator(), Reports.generator().withBlanks(),
                Reports.generator().withCollapsedOtherRow());
        List<String> failures = new ArrayList<>();
        long cases = 0;
        long errors = 0;
        long[] total = new long[5];
        for (Format format : FORMATS) {
            long[] count = new long[5];
            int formatErrors = 0;
            for (long seed = 1; seed <= COUNT; seed++) {
                Report expected = generators.get((int) (seed % generators.size())).generate(seed);
                StrayNumber stray = StrayNumber.seeded(expected, seed);
                byte[] bytes = format.writer().write(expected, seed, stray);
                ParseResult p = format.parser().parse(new ByteArrayInputStream(bytes),
                        ParseContext.defaults().withFileName(format.name()));
                List<String> wrong = new ArrayList<>();
                ReadingAudit.certainty(expected, p.report(), count, wrong);
                List<Finding> err = validator.validate(p.report()).stream()
                        .filter(f -> f.severity() == Severity.ERROR).toList();
                cases++;
                formatErrors += err.size();
                if ((!wrong.isEmpty() || !err.isEmpty()) && failures.size() < 8) {
                    failures.add("seed " + seed + " " + format.name() + " " + stray + "\n  wrong: " + wrong
                            + "\n  errors: " + err.stream().map(f -> f.rule() + " " + f.location()).toList()
                            + "\n  problems: " + p.problems());
                }
            }
            errors += formatErrors;
            for (int k = 0; k < 5; k++) {
                total[k] += count[k];
            }
            System.out.printf("stray certainty %s: %d cells, read right %d, uncertain %d, missing plainly %d,"
                    + " wrong and certain %d; ERROR findings %d%n", format.name(), count[0], count[1], count[2],
                    count[3], count[4], formatErrors);
        }
        System.out.printf("stray certainty office: %d cases, %d cells: right %d, uncertain %d, missing plainly %d,"
                + " wrong and certain %d; ERROR findings %d%n", cases, total[0], total[1], total[2], total[3],
                total[4], errors);
        assertThat(failures).as("cells read wrong yet certain, or ERROR findings, on consistent reports").isEmpty();
        assertThat(total[4]).isZero();
        assertThat(errors).isZero();
        assertThat(cases).isEqualTo((long) FORMATS.size() * COUNT);
        assertThat(total[1]).as("most cells read right").isGreaterThan(total[0] * 9 / 10);
        assertThat(total[2]).as("the strays reach the reader: some rows are left in doubt").isPositive();
    }

    @Test
    void aReportThatBreaksARuleStillGetsItsErrorWhenReadCleanly() throws Exception {
        List<String> rules = List.of("applications.balance", "applications.outcomes-sum",
                "applications.applicant-sum", "review-litigation.sum", "values.non-negative", "values.integer");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Format format : FORMATS) {
            for (String rule : rules) {
                for (long seed = 0; seed < 4; seed++) {
                    Violation v = Reports.violating(rule, seed);
                    byte[] bytes = format.writer().write(v.report(), seed, null);
                    ParseResult p = format.parser().parse(new ByteArrayInputStream(bytes),
                            ParseContext.defaults().withFileName(format.name()));
                    cases++;
                    List<Finding> f = validator.validate(p.report());
                    boolean error = f.stream().anyMatch(x -> x.rule().equals(rule) && x.severity() == Severity.ERROR);
                    if (!error && failures.size() < 12) {
                        failures.add(rule + " seed " + seed + " " + format.name() + ": "
                                + f.stream().map(x -> x.rule() + " " + x.severity()).distinct().toList()
                                + " uncertain " + p.report().uncertainties() + " problems " + p.problems());
                    }
                }
            }
        }
        System.out.printf("inconsistent reports read cleanly from office files: %d cases%n", cases);
        assertThat(failures).as("a rule broken by the report is an ERROR when its cells are read cleanly").isEmpty();
    }
}
