package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrgansTest {

    static Organs of(String... names) {
        return Organs.of(Arrays.asList(names));
    }

    @Test
    void aNameWithoutItsParentIsTheOrganWithIt() {
        Organs o = of("淮安市洪泽区人民政府", "洪泽区人民政府", "洪泽区政府", "淮安市 洪泽区 政府");
        assertThat(o.key("洪泽区人民政府")).isEqualTo("淮安市洪泽区").isEqualTo(o.key("淮安市洪泽区人民政府"))
                .isEqualTo(o.key("洪泽区政府")).isEqualTo(o.key("淮安市 洪泽区 政府"));
        assertThat(o.count()).isEqualTo(1);
    }

    @Test
    void aChainOfParentsEndsAtTheLongestName() {
        Organs o = of("江苏省淮安市洪泽区人民政府", "淮安市洪泽区人民政府", "洪泽区");
        assertThat(o.key("洪泽区")).isEqualTo("江苏省淮安市洪泽区").isEqualTo(o.key("淮安市洪泽区人民政府"));
        assertThat(o.count()).isEqualTo(1);
    }

    @Test
    void twoTownsOfOneNameUnderTwoCountiesStayTwoAndTheBareNameJoinsNeither() {
        Organs o = of("甲县城关镇人民政府", "乙县城关镇人民政府", "城关镇人民政府");
        assertThat(o.key("甲县城关镇人民政府")).isEqualTo("甲县城关镇");
        assertThat(o.key("乙县城关镇人民政府")).isEqualTo("乙县城关镇");
        assertThat(o.key("城关镇人民政府")).isEqualTo("城关镇");
        assertThat(o.count()).isEqualTo(3);
        // with one county only, the bare name is that county's town
        assertThat(of("甲县城关镇人民政府", "城关镇人民政府").key("城关镇人民政府")).isEqualTo("甲县城关镇");
    }

    @Test
    void aParentIsCutOnlyAtAnAdministrativeBoundary() {
        Organs o = of("樟树市人民政府办公室", "樟树市教育局", "樟树市", "新樟树市", "教育局");
        assertThat(o.key("樟树市人民政府办公室")).isEqualTo("樟树市政府办公室");
        assertThat(o.key("樟树市教育局")).isEqualTo("樟树市教育局");
        assertThat(o.key("樟树市")).isEqualTo("樟树市");
        assertThat(o.key("新樟树市")).isEqualTo("新樟树市");
        assertThat(o.key("教育局")).isEqualTo("樟树市教育局");
        assertThat(o.count()).isEqualTo(4);
    }

    @Test
    void namesThatAreNotOrgansHaveNoKeyAndAreNotCounted() {
        Organs o = of("正文", null, "附件", "樟树市");
        assertThat(o.key("正文")).isNull();
        assertThat(o.key(null)).isNull();
        assertThat(o.key("不在批量中的局")).isNull();
        assertThat(o.count()).isEqualTo(1);
    }
}
