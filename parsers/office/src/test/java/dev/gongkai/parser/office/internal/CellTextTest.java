package dev.gongkai.parser.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored doubles read as the decimal Excel shows at full precision. */
class CellTextTest {

    @Test
    void doublesReadAsTheDecimalShown() {
        assertThat(CellText.decimal(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellText.decimal(6858.05)).isEqualTo("6858.05");
        assertThat(CellText.decimal(685.8 + 6172.25)).isEqualTo("6858.05");
        assertThat(CellText.decimal(3000644.004)).isEqualTo("3000644.004");
        assertThat(CellText.decimal(28329)).isEqualTo("28329");
        assertThat(CellText.decimal(-18)).isEqualTo("-18");
        assertThat(CellText.decimal(-0.0)).isEqualTo("0");
        assertThat(CellText.decimal(123456789012.0)).isEqualTo("123456789012");
        assertThat(CellText.decimal(1e20)).isEqualTo("100000000000000000000");
        assertThat(CellText.decimal(0.000015)).isEqualTo("0.000015");
    }
}
