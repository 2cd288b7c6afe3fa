package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gongkai.model.Report;
import java.util.List;
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
}
