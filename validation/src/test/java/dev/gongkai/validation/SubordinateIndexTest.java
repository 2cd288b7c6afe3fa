package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SubordinateIndex} against its definition, written the slow way: for report i, walk the batch in
 * order and take each report j ≠ i of the same year whose organ key is one of the keys the hierarchy puts
 * under i's organ, the first of each key — over seeded random batches with duplicates, other years,
 * unknown organs and years, and names written with and without their province and 人民政府.
 */
class SubordinateIndexTest {

    private static final String[] PARENTS = {"样例省示范市人民政府", "样例省东城市人民政府"};
    private static final String[][] KIDS = {{"甲区", "乙区", "丙县"}, {"丁县", "戊区"}};

    /** The definition, O(n) per report. */
    private static List<Integer> naive(List<String> organs, List<Integer> years, int i, Organs named,
            Map<String, Set<String>> children) {
        Integer year = years.get(i);
        Set<String> kids = year == null ? null : children.get(named.key(organs.get(i)));
        List<Integer> out = new ArrayList<>();
        if (kids == null) {
            return out;
        }
        Set<String> taken = new HashSet<>();
        for (int j = 0; j < organs.size(); j++) {
            String k = j == i || !year.equals(years.get(j)) ? null : named.key(organs.get(j));
            if (k != null && kids.contains(k) && taken.add(k)) {
                out.add(j);
            }
        }
        return out;
    }

    private static String name(Random r, int parent, String kid) {
        String city = PARENTS[parent].replace("人民政府", "");
        String base = (r.nextBoolean() ? city : city.substring(city.indexOf('省') + 1)) + kid;
        return r.nextBoolean() ? base + "人民政府" : base;
    }

    @Test
    void theIndexGivesWhatTheDefinitionGivesOverRandomBatches() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int p = 0; p < PARENTS.length; p++) {
            List<String> kids = new ArrayList<>();
            for (String k : KIDS[p]) {
                kids.add(PARENTS[p].replace("人民政府", "") + k + "人民政府");
            }
            map.put(PARENTS[p], kids);
        }
        OrganHierarchy h = OrganHierarchy.of(map);
        int withSubs = 0;
        for (long seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(30);
            List<String> organs = new ArrayList<>();
            List<Integer> years = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int p = r.nextInt(PARENTS.length);
                int kind = r.nextInt(10);
                organs.add(kind == 0 ? null : kind < 3 ? PARENTS[p] : kind == 3 ? "无关单位" : name(r, p, KIDS[p][r.nextInt(KIDS[p].length)]));
                years.add(r.nextInt(8) == 0 ? null : 2022 + r.nextInt(2));
            }
            SubordinateIndex index = SubordinateIndex.of(h, organs, years);
            Organs named = h.organs(organs.stream().filter(o -> o != null).toList());
            Map<String, Set<String>> children = h.childKeys(named);
            for (int i = 0; i < n; i++) {
                List<Integer> want = naive(organs, years, i, named, children);
                assertThat(index.list(i)).as("seed %d, report %d of %s / %s", seed, i, organs, years).isEqualTo(want);
                if (i == 0) {
                    assertThat(Validator.subordinates(organs, years, i, h)).as("seed %d", seed).isEqualTo(want);
                }
                withSubs += want.isEmpty() ? 0 : 1;
            }
        }
        assertThat(withSubs).as("reports that have subordinates").isGreaterThan(200);
    }

    @Test
    void noHierarchyNoSubordinatesAndListsMustMatch() {
        assertThat(SubordinateIndex.of(OrganHierarchy.NONE, List.of("甲市"), List.of(2023)).of(0)).isEmpty();
        assertThatThrownBy(() -> SubordinateIndex.of(OrganHierarchy.NONE, List.of("甲市"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
