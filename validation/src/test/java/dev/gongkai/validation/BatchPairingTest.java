package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPairingTest {

    @Test
    void consecutiveYearsPairDuplicatesDoNotAndTheFirstDuplicateIsThePreviousYear() {
        List<String> organs = Arrays.asList(
                "淮安市洪泽区人民政府", // 0: 2021
                "洪泽区人民政府", //       1: 2022
                "淮安市洪泽区人民政府", // 2: 2022, a copy of 1 under the longer name
                "洪泽区政府", //           3: 2023
                "洪泽区人民政府", //       4: 2025 (2024 is not in the batch)
                "正文", //                 5: 2022, no organ
                null, //                   6: 2023, no organ
                "樟树市", //               7: year unknown
                "樟树市人民政府"); //      8: 2022
        List<Integer> years = Arrays.asList(2021, 2022, 2022, 2023, 2025, 2022, 2023, null, 2022);
        BatchPairing p = BatchPairing.of(organs, years);
        assertThat(p.organ(1)).isEqualTo("淮安市洪泽区").isEqualTo(p.organ(0));
        assertThat(p.organ(5)).isNull();
        assertThat(p.organ(6)).isNull();
        assertThat(p.previous(0)).isEqualTo(-1);
        assertThat(p.previous(1)).isZero();
        assertThat(p.previous(2)).isZero();
        assertThat(p.previous(3)).isEqualTo(1);
        assertThat(p.previous(4)).isEqualTo(-1);
        assertThat(p.previous(5)).isEqualTo(-1);
        assertThat(p.previous(6)).isEqualTo(-1);
        assertThat(p.previous(7)).isEqualTo(-1);
        assertThat(p.previous(8)).isEqualTo(-1);
        assertThat(p.duplicates(1)).containsExactly(2);
        assertThat(p.duplicates(2)).containsExactly(1);
        assertThat(p.duplicates(0)).isEmpty();
        assertThat(p.duplicates(5)).isEmpty();
        assertThat(p.duplicateGroups()).containsExactly(List.of(1, 2));
        assertThat(p.organs()).isEqualTo(2);
        assertThat(p.yearPairs()).isEqualTo(2); // 2021→2022 and 2022→2023 of 洪泽区
        assertThat(p.comparedReports()).isEqualTo(3);
    }
}
