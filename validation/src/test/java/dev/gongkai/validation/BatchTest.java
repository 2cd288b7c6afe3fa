package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.model.ActiveColumn;
import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.Applicant;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Cell;
import dev.gongkai.model.Edition;
import dev.gongkai.model.Report;
import dev.gongkai.testkit.ReportPair;
import dev.gongkai.testkit.Reports;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {

    static Report report(String base, String pointer, int value) {
        ObjectNode spec = Cases.JSON.createObjectNode().put("base", base);
        spec.putObject("set").put(pointer, value);
        return Cases.report(spec);
    }

    @Test
    void crossYearRulesFindThePreviousYearOfTheSameOrganAmongTheInputs() {
        Report last = report("2021-previous", "/applications/carried_forward/research_institution", 0);
        Report now = report("2021", "/applications/carried_over/total", 5);
        Report otherOrgan = now.toBuilder().organ("别的县").build();
        List<List<Finding>> out = Validator.defaults().validateAll(List.of(now, otherOrgan, last));
        assertThat(out.get(0)).extracting(Finding::rule).contains("cross-year.carry-over");
        assertThat(out.get(1)).extracting(Finding::rule).doesNotContain("cross-year.carry-over");
        assertThat(out.get(2)).extracting(Finding::rule).doesNotContain("cross-year.carry-over");
    }

    @Test
    void findingsComeInTemplateOrder() {
        ObjectNode spec = Cases.JSON.createObjectNode().put("base", "2021");
        spec.putObject("set").put("/applications/carried_forward/total", 5).put("/applications/new_received/total", 13)
                .put("/review_litigation/review/total", 4).put("/active_disclosure/administrative_penalty/decisions", -1)
                .put("/year", 2019);
        List<Finding> f = Validator.defaults().validate(Cases.report(spec));
        assertThat(f).isSortedAccordingTo(Validator.ORDER);
        assertThat(f).extracting(x -> x.rule() + " " + x.location())
                .startsWith("metadata.year ", "structure.edition-year ")
                .contains("values.non-negative active_disclosure/administrative_penalty/decisions");
        int applicant = f.indexOf(f.stream().filter(x -> x.location().toString().equals("applications/new_received/total")).findFirst().orElseThrow());
        int review = f.indexOf(f.stream().filter(x -> x.rule().equals("review-litigation.sum")).findFirst().orElseThrow());
        assertThat(applicant).isLessThan(review);
    }

    @Test
    void aHierarchyMatchesOrgansByKeyAndCountsASubordinatesCopiesOnce() {
        Report child = Cases.report(Cases.JSON.createObjectNode().put("base", "2021"));
        Report.Builder pb = child.toBuilder().organ("淮安市人民政府");
        for (ApplicationRow row : child.applications().rows()) {
            for (Applicant a : Applicant.all()) {
                BigDecimal v = child.applications().value(row, a);
                pb.cell(row, a, v == null ? Cell.MISSING : Cell.of(v.add(v)));
            }
        }
        Report parent = pb.build();
        Report hongze = child.toBuilder().organ("淮安市洪泽区人民政府").build();
        Report hongzeCopy = child.toBuilder().organ("洪泽区 人民政府").build();
        Report huaiyin = child.toBuilder().organ("淮阴区人民政府").build();
        Map<String, List<String>> hierarchy = Map.of("淮安市政府", List.of("洪泽区人民政府", "淮阴区人民政府"));
        Validator v = Validator.of(RuleConfig.defaults().on("batch.hierarchy-sum"));
        List<List<Finding>> out = v.validateAll(List.of(parent, hongze, hongzeCopy, huaiyin), hierarchy);
        assertThat(out.get(0)).extracting(Finding::rule).doesNotContain("batch.hierarchy-sum");
        // without the second subordinate the parent's table is twice one child's: the sum is short
        List<List<Finding>> short1 = v.validateAll(List.of(parent, hongze, hongzeCopy), hierarchy);
        assertThat(short1.get(0)).extracting(Finding::rule).contains("batch.hierarchy-sum");
    }

    /** The organ's report of the year after {@code last}: its tables, carried over and in force chained on. */
    static Report following(Report last) {
        Report.Builder b = last.toBuilder().year(last.year() + 1);
        for (Applicant a : Applicant.all()) {
            b.cell(ApplicationRow.CARRIED_OVER, a, last.applications().cell(ApplicationRow.CARRIED_FORWARD, a));
        }
        for (ActiveRow row : List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCUMENTS)) {
            var t = last.activeDisclosure();
            b.cell(row, ActiveColumn.IN_FORCE, Cell.of(t.value(row, ActiveColumn.IN_FORCE)
                    .add(t.value(row, ActiveColumn.ISSUED)).subtract(t.value(row, ActiveColumn.ABOLISHED))));
        }
        return b.build();
    }

    static Report plus(Report r, ApplicationRow row, Applicant column, int d) {
        return r.toBuilder().cell(row, column, Cell.of(r.applications().value(row, column).add(BigDecimal.valueOf(d)))).build();
    }

    /** The batch findings of each report (cross-year, duplicates) as "rule SEVERITY [location] second argument". */
    static List<List<String>> batchFindings(List<List<Finding>> all) {
        List<List<String>> out = new ArrayList<>();
        for (List<Finding> fs : all) {
            out.add(fs.stream().filter(f -> f.rule().startsWith("cross-year.") || f.rule().equals("batch.duplicate"))
                    .map(f -> f.rule() + " " + f.severity() + " " + (f.location().table() == null ? "" : f.location() + " ")
                            + f.arguments().get(1)).toList());
        }
        return out;
    }

    /**
     * Three consecutive years of one organ under two names (with and without its parent), each of the last
     * two published twice (page and attachment; the 2023 attachment differs in one cell), and two reports of
     * other organs whose organ was read as 正文 or not at all.
     */
    @Test
    void aBatchPairsConsecutiveYearsOfOneOrganUnderTwoNamesAndReportsDuplicates() {
        ReportPair pair = Reports.generator().edition(Edition.E2021).generatePair(7);
        Report y2021 = pair.previous().toBuilder().organ("淮安市洪泽区人民政府").year(2021).build();
        Report y2022 = pair.current().toBuilder().organ("洪泽区人民政府").year(2022).build();
        Report y2023 = plus(following(y2022), ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON, 1);
        Report other = Reports.generator().edition(Edition.E2021).generatePair(8).current();
        List<NamedReport> batch = List.of(
                new NamedReport("a/2021.html", y2021),
                new NamedReport("a/2022.html", y2022),
                new NamedReport("a/2022.pdf", y2022.toBuilder().organ("淮安市洪泽区人民政府").build()),
                new NamedReport("a/2023.html", y2023),
                new NamedReport("a/2023.docx", plus(y2023, ApplicationRow.GRANTED, Applicant.NATURAL_PERSON, 1)
                        .toBuilder().organ("淮安市 洪泽区 政府").build()),
                new NamedReport("b/正文.html", other.toBuilder().organ("正文").year(2022).build()),
                new NamedReport("c/none.html", other.toBuilder().organ(null).year(2023).build()));

        List<List<String>> got = batchFindings(Validator.defaults().validateBatch(batch));

        String carry = "cross-year.carry-over ERROR applications/carried_over/natural_person ";
        assertThat(got.get(0)).isEmpty();
        assertThat(got.get(1)).containsExactly("batch.duplicate INFO a/2022.pdf");
        assertThat(got.get(2)).containsExactly("batch.duplicate INFO a/2022.html");
        assertThat(got.get(3)).containsExactlyInAnyOrder(carry + y2023.applications().value(ApplicationRow.CARRIED_OVER,
                Applicant.NATURAL_PERSON), "batch.duplicate WARNING a/2023.docx");
        assertThat(got.get(4)).containsExactlyInAnyOrder(carry + y2023.applications().value(ApplicationRow.CARRIED_OVER,
                Applicant.NATURAL_PERSON), "batch.duplicate WARNING a/2023.html");
        assertThat(got.get(5)).isEmpty();
        assertThat(got.get(6)).isEmpty();

        List<String> organs = batch.stream().map(n -> n.report().organ()).toList();
        List<Integer> years = batch.stream().map(n -> n.report().year()).toList();
        BatchPairing p = BatchPairing.of(organs, years);
        assertThat(p.organs()).isEqualTo(1);
        assertThat(p.yearPairs()).isEqualTo(2);
        assertThat(p.comparedReports()).isEqualTo(4);
        assertThat(p.duplicateGroups()).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(p.previous(3)).isEqualTo(1);
        assertThat(p.previous(4)).isEqualTo(1);
    }

    @Test
    void theDuplicateWarningNamesTheFirstDifferingCellsAndAReaderDoubtIsNotHeldAgainstTheReports() {
        Report r = Reports.generator().edition(Edition.E2021).generate(3).toBuilder().organ("樟树市").year(2023).build();
        Report differs = plus(plus(r, ApplicationRow.GRANTED, Applicant.TOTAL, 2), ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, 2);
        List<Finding> f = Validator.defaults().validate(r, null, List.of(new NamedReport("x.pdf", differs)));
        Finding d = f.stream().filter(x -> x.rule().equals("batch.duplicate")).findFirst().orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message(java.util.Locale.ENGLISH)).contains("x.pdf", "differ in 2 cells",
                "applications/new_received/total: " + r.applications().value(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL));
        assertThat(d.message(java.util.Locale.CHINESE)).contains("x.pdf", "2处不同");

        Cell doubtful = differs.applications().cell(ApplicationRow.GRANTED, Applicant.TOTAL).uncertain("row-long");
        Report unsure = plus(r, ApplicationRow.GRANTED, Applicant.TOTAL, 2).toBuilder()
                .cell(ApplicationRow.GRANTED, Applicant.TOTAL, doubtful).build();
        List<Finding> g = Validator.defaults().validate(r, null, List.of(new NamedReport("y.pdf", unsure)));
        assertThat(g).extracting(Finding::rule).doesNotContain("batch.duplicate").contains("reading.uncertain");
        assertThat(g).filteredOn(x -> x.rule().equals("reading.uncertain")).singleElement()
                .satisfies(x -> assertThat(x.arguments().get(0)).isEqualTo("batch.duplicate"));
    }

    /**
     * A report posted 25 times, each copy differing in another cell: every copy names at most the first 10
     * differing others and counts the rest in one finding, so the group's findings grow linearly.
     */
    @Test
    void aLargeGroupOfDifferingCopiesNamesTheFirstTenOthersAndCountsTheRest() {
        Report r = Reports.generator().edition(Edition.E2021).generate(5).toBuilder().organ("樟树市").year(2023).build();
        int n = 25;
        List<NamedReport> group = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            group.add(new NamedReport("copy-" + i + ".html", plus(plus(r, ApplicationRow.GRANTED, Applicant.TOTAL, i),
                    ApplicationRow.NEW_RECEIVED, Applicant.TOTAL, i)));
        }
        List<List<Finding>> all = Validator.defaults().validateBatch(group);
        int total = 0;
        for (int i = 0; i < n; i++) {
            List<Finding> dup = all.get(i).stream().filter(f -> f.rule().equals("batch.duplicate")).toList();
            total += dup.size();
            assertThat(dup).filteredOn(f -> f.messageKey().equals("batch.duplicate.differs")).hasSize(10)
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            Finding more = dup.stream().filter(f -> f.messageKey().equals("batch.duplicate.more")).findFirst().orElseThrow();
            assertThat(more.severity()).isEqualTo(Severity.WARNING);
            assertThat(more.arguments()).containsExactly("2023", String.valueOf(n - 1 - 10), "10");
            assertThat(more.message(java.util.Locale.ENGLISH)).contains("14 more documents", "first 10");
            assertThat(more.message(java.util.Locale.CHINESE)).contains("另有14份文档", "前10份");
            assertThat(dup).hasSize(11);
        }
        assertThat(total).isEqualTo(11 * n);

        // ten others or fewer: no count
        List<List<Finding>> small = Validator.defaults().validateBatch(group.subList(0, 11));
        assertThat(small.get(0)).extracting(Finding::messageKey).doesNotContain("batch.duplicate.more")
                .filteredOn("batch.duplicate.differs"::equals).hasSize(10);
    }

    @Test
    void batchFindingsAreWhatTheBatchAddsToTheReportAlone() {
        ReportPair pair = Reports.generator().edition(Edition.E2021).generatePair(11);
        Report now = plus(pair.current(), ApplicationRow.CARRIED_OVER, Applicant.NATURAL_PERSON, 1);
        Validator v = Validator.defaults();
        List<Finding> all = v.validate(now, pair.previous(), List.of(new NamedReport("copy", now)));
        List<Finding> added = v.batchFindings(now, pair.previous(), List.of(new NamedReport("copy", now)));
        List<Finding> alone = new ArrayList<>(v.validate(now));
        assertThat(added).extracting(Finding::rule).contains("cross-year.carry-over", "batch.duplicate")
                .doesNotContain("applications.balance");
        List<Finding> rest = new ArrayList<>(all);
        added.forEach(rest::remove);
        assertThat(rest).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(v.batchFindings(now, null, List.of())).isEmpty();
    }
}
