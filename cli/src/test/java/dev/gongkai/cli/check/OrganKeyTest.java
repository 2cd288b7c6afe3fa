package dev.gongkai.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganKeyTest {

    @Test
    void aCityAndItsPeoplesGovernmentAreOneOrgan() {
        assertThat(OrganKey.of("樟树市")).isEqualTo("樟树市");
        assertThat(OrganKey.of("樟树市人民政府")).isEqualTo("樟树市");
        assertThat(OrganKey.of("樟树市政府")).isEqualTo("樟树市");
        assertThat(OrganKey.of(" 樟树市 人民政府 ")).isEqualTo("樟树市");
        assertThat(OrganKey.of("（樟树市）人民政府")).isEqualTo("樟树市");
    }

    @Test
    void departmentsStayDistinct() {
        assertThat(OrganKey.of("樟树市人民政府办公室")).isEqualTo("樟树市政府办公室").isNotEqualTo(OrganKey.of("樟树市"));
        assertThat(OrganKey.of("樟树市政府办公室")).isEqualTo(OrganKey.of("樟树市人民政府办公室"));
        assertThat(OrganKey.of("樟树市教育局")).isNotEqualTo(OrganKey.of("樟树市"));
        assertThat(OrganKey.of("樟树市机关事务管理局")).isEqualTo("樟树市机关事务管理局");
    }

    @Test
    void widthCaseAndPunctuationDoNotMatter() {
        assertThat(OrganKey.of("ＡＢＣ开发区管委会")).isEqualTo(OrganKey.of("abc开发区管委会"));
        assertThat(OrganKey.of("赣州经济技术开发区·党政办公室")).isEqualTo(OrganKey.of("赣州经济技术开发区党政办公室"));
    }

    @Test
    void nothingLeftIsNoKey() {
        assertThat(OrganKey.of(null)).isNull();
        assertThat(OrganKey.of(" ，。")).isNull();
        assertThat(OrganKey.of("人民政府")).isEqualTo("政府");
    }
}
