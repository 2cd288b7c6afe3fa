package dev.gongkai.layout.internal.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gongkai.model.ActiveRow;
import dev.gongkai.model.ApplicationRow;
import dev.gongkai.model.Edition;
import dev.gongkai.model.ReviewGroup;
import dev.gongkai.spi.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArithmeticSplitterTest {

    private static List<BigDecimal> nums(long... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (long x : v) {
            out.add(BigDecimal.valueOf(x));
        }
        return out;
    }

    private static List<String> tokens(String line) {
        return Arrays.asList(line.trim().split(" +"));
    }

    private static SplitResult<ApplicationRow> oneRow(ApplicationRow row, String line) {
        return ArithmeticSplitter.applications(Map.of(row, tokens(line)), Edition.E2021);
    }

    @Test
    void fullyGluedRowOfSevenDigitsIsItsOnlySplit() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.NEW_RECEIVED, "8100009");
        assertThat(r.values()).containsExactly(Map.entry(ApplicationRow.NEW_RECEIVED, nums(8, 1, 0, 0, 0, 0, 9)));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void rowSumPicksTheOneSplitOfAPartlySpacedRow() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.GRANTED, "230 000023");
        assertThat(r.values().get(ApplicationRow.GRANTED)).isEqualTo(nums(23, 0, 0, 0, 0, 0, 23));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void rowWithTwoSplitsThatBothAddUpIsReportedNotGuessed() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.GRANTED, "110000112");
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ambiguous-split");
            assertThat(p.message()).contains("applications/granted", "110000112");
        });
    }

    @Test
    void columnSumsDecideARowThatIsAmbiguousAlone() {
        // granted is 11,0,0,0,0,1,12 or 1,10,0,0,0,1,12; the other rows are clear and the column sums decide
        Map<ApplicationRow, List<String>> t = table("110000112");
        SplitResult<ApplicationRow> r = ArithmeticSplitter.applications(t, Edition.E2021);
        assertThat(r.problems()).isEmpty();
        assertThat(r.values().get(ApplicationRow.GRANTED)).isEqualTo(nums(11, 0, 0, 0, 0, 1, 12));
        assertThat(r.values().get(ApplicationRow.TOTAL_HANDLED)).isEqualTo(nums(11, 0, 0, 0, 0, 1, 12));
        assertThat(r.values()).hasSize(t.size());
    }

    @Test
    void rowLeftAmbiguousByTheWholeTableIsReported() {
        // both splits of granted also fit every column when the total row is just as ambiguous
        Map<ApplicationRow, List<String>> t = table("110000112");
        t.put(ApplicationRow.TOTAL_HANDLED, tokens("110000112"));
        t.put(ApplicationRow.NEW_RECEIVED, tokens("110000112"));
        SplitResult<ApplicationRow> r = ArithmeticSplitter.applications(t, Edition.E2021);
        assertThat(r.values()).doesNotContainKeys(ApplicationRow.GRANTED, ApplicationRow.TOTAL_HANDLED,
                ApplicationRow.NEW_RECEIVED);
        assertThat(r.values()).containsKey(ApplicationRow.CARRIED_OVER);
        assertThat(r.problems()).extracting(Problem::code).containsOnly("ambiguous-split");
        assertThat(r.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("granted"));
    }

    @Test
    void rowThatCannotMakeSevenCellsIsImpossible() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.GRANTED, "12 3");
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code).containsExactly("split-impossible");
    }

    @Test
    void spacedRowIsTakenAsWrittenEvenWhenItsSumIsWrong() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.GRANTED, "1 0 0 0 0 0 2");
        assertThat(r.values().get(ApplicationRow.GRANTED)).isEqualTo(nums(1, 0, 0, 0, 0, 0, 2));
    }

    @Test
    void blankMarkerIsOneBlankCell() {
        SplitResult<ApplicationRow> r = oneRow(ApplicationRow.GRANTED, "5 — 0000 5");
        assertThat(r.values().get(ApplicationRow.GRANTED))
                .containsExactly(BigDecimal.valueOf(5), null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.valueOf(5));
    }

    @Test
    void negativeChangeGluedToItsNeighbour() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.ADMINISTRATIVE_FEES, tokens("2648-18538")), Edition.E2019);
        assertThat(r.values().get(ActiveRow.ADMINISTRATIVE_FEES)).isEqualTo(nums(2648, -18538));
    }

    @Test
    void negativeChangeWithAThirdCellAfterItIsAmbiguous() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.ADMINISTRATIVE_LICENSING, tokens("2648-18538")), Edition.E2019);
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ambiguous-split");
            assertThat(p.message()).contains("administrative_licensing", "2648-18538");
        });
    }

    @Test
    void activeRowSplitsOnlyWhenExactlyOneSplitExists() {
        Map<ActiveRow, List<String>> t = new LinkedHashMap<>();
        t.put(ActiveRow.RULES, tokens("000"));
        t.put(ActiveRow.NORMATIVE_DOCUMENTS, tokens("56560"));
        t.put(ActiveRow.ADMINISTRATIVE_LICENSING, tokens("28329"));
        t.put(ActiveRow.ADMINISTRATIVE_FEES, tokens("6753.25"));
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(t, Edition.E2021);
        assertThat(r.values().get(ActiveRow.RULES)).isEqualTo(nums(0, 0, 0));
        assertThat(r.values().get(ActiveRow.ADMINISTRATIVE_LICENSING)).isEqualTo(nums(28329));
        assertThat(r.values().get(ActiveRow.ADMINISTRATIVE_FEES)).containsExactly(new BigDecimal("6753.25"));
        assertThat(r.values()).doesNotContainKey(ActiveRow.NORMATIVE_DOCUMENTS);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("normative_documents"));
    }

    @Test
    void amountIsNotSplitAcrossItsPoint() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.CENTRALIZED_PROCUREMENT, tokens("3 12.5")), Edition.E2019);
        assertThat(r.values().get(ActiveRow.CENTRALIZED_PROCUREMENT)).containsExactly(BigDecimal.valueOf(3),
                new BigDecimal("12.5"));
        SplitResult<ActiveRow> glued = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.CENTRALIZED_PROCUREMENT, tokens("312.5")), Edition.E2019);
        assertThat(glued.values()).isEmpty();
        assertThat(glued.problems()).extracting(Problem::code).containsExactly("ambiguous-split");
    }

    @Test
    void fullWidthDigitsAndSignsAreRead() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.ADMINISTRATIVE_FEES, tokens("２６４８－１８５３８")), Edition.E2019);
        assertThat(r.values().get(ActiveRow.ADMINISTRATIVE_FEES)).isEqualTo(nums(2648, -18538));
    }

    @Test
    void textThatIsNoNumberRunIsReported() {
        SplitResult<ActiveRow> r = ArithmeticSplitter.activeDisclosure(
                Map.of(ActiveRow.ADMINISTRATIVE_LICENSING, tokens("12件")), Edition.E2021);
        assertThat(r.values()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code).containsExactly("split-impossible");
    }

    @Test
    void reviewGroupsSplitByTheirTotals() {
        // 12,0,0,0,12 | 0,0,0,0,0 | 3,0,0,12,15 glued; 1,20,0,0,12 and the like do not add up
        SplitResult<ReviewGroup> r = ArithmeticSplitter.reviewLitigation(tokens("120001200000300 12 15"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.values()).containsExactly(
                Map.entry(ReviewGroup.REVIEW, nums(12, 0, 0, 0, 12)),
                Map.entry(ReviewGroup.LITIGATION_DIRECT, nums(0, 0, 0, 0, 0)),
                Map.entry(ReviewGroup.LITIGATION_AFTER_REVIEW, nums(3, 0, 0, 12, 15)));
    }

    @Test
    void groupGluedToItsNeighbourIsStillSplitByTheSums() {
        // 1,0,0,12,13 glued as 1001213 would also read 10,0,1,2,13; spaced this way only one split fits
        SplitResult<ReviewGroup> r = ArithmeticSplitter.reviewLitigation(tokens("000001 0 012 1300000"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.values().get(ReviewGroup.LITIGATION_DIRECT)).isEqualTo(nums(1, 0, 0, 12, 13));
    }

    @Test
    void ambiguousReviewGroupIsReportedAndTheOthersKept() {
        // 11,0,0,0,11 and 1,10,0,0,11 both glue to 1100011
        SplitResult<ReviewGroup> r = ArithmeticSplitter.reviewLitigation(tokens("1100011 00000 00000"));
        assertThat(r.values()).containsOnlyKeys(ReviewGroup.LITIGATION_DIRECT, ReviewGroup.LITIGATION_AFTER_REVIEW);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("ambiguous-split");
            assertThat(p.message()).contains("review_litigation/review");
        });
    }

    @Test
    void collapsedOtherRowIn2021IsTheOneOtherRow() {
        Map<ApplicationRow, List<String>> t = table("3000003");
        t.remove(ApplicationRow.OTHER_NO_CORRECTION);
        t.remove(ApplicationRow.OTHER_UNPAID_FEE);
        t.remove(ApplicationRow.OTHER_OTHER);
        t.put(ApplicationRow.OTHER, tokens("0000000"));
        SplitResult<ApplicationRow> r = ArithmeticSplitter.applications(t, Edition.E2021);
        assertThat(r.problems()).isEmpty();
        assertThat(r.values()).containsKey(ApplicationRow.OTHER).doesNotContainKey(ApplicationRow.OTHER_OTHER);
    }

    /** A 2021 table: every row zero except granted (as given) and the rows that carry its numbers. */
    private static Map<ApplicationRow, List<String>> table(String granted) {
        Map<ApplicationRow, List<String>> t = new LinkedHashMap<>();
        String total = granted.equals("110000112") ? "11 0 0 0 0 1 12" : "3 0 0 0 0 0 3";
        for (ApplicationRow row : ApplicationRow.rows(Edition.E2021)) {
            t.put(row, tokens("0000000"));
        }
        t.put(ApplicationRow.GRANTED, tokens(granted));
        t.put(ApplicationRow.TOTAL_HANDLED, tokens(total));
        t.put(ApplicationRow.NEW_RECEIVED, tokens(total));
        return t;
    }
}
