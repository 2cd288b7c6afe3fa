package dev.gongkai.layout.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RadicalsTest {

    @Test
    void everyRadicalBecomesAnIdeographOrStays() {
        int mapped = 0;
        for (char c = '\u2E80'; c <= '\u2FDF'; c++) {
            char i = Radicals.ideograph(c);
            if (i == 0) {
                continue;
            }
            mapped++;
            assertTrue(Character.isIdeographic(i) && Character.UnicodeScript.of(i) == Character.UnicodeScript.HAN,
                    String.format("U+%04X maps to U+%04X, not an ideograph", (int) c, (int) i));
        }
        assertTrue(mapped > 300, "radicals mapped: " + mapped);
        assertEquals("武宁县人民政府", Radicals.ideographs("武宁县⼈⺠政府"));
        assertEquals("共青城市", Radicals.ideographs("共⻘城市"));
    }
}
