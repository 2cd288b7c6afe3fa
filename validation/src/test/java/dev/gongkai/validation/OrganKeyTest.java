package dev.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganKeyTest {

    @Test
    void aCityAndItsPeoplesGovernmentAreOneOrgan() {
        assertThat(OrganKey.of("樟树市")).isEqualTo("樟树市");
        assertThat(OrganKey.of("樟树市人民政府")).isEqualTo("樟树市");
        assertThat(OrganKey.of("樟树市政府")).isEqualTo("樟树市");
        assertThat(OrganKey.of(" 樟树市 人民政府 ")).isEqualTo("樟树市");
        assertThat(OrganKey.of("（樟树市）人民政府")).isEqualTo("樟树市");
        assertThat(OrganKey.of("樟树市\u3000人民政府")).isEqualTo("樟树市");
    }

    @Test
    void departmentsStayDistinct() {
        assertThat(OrganKey.of("樟树市人民政府办公室")).isEqualTo("樟树市政府办公室").isNotEqualTo(OrganKey.of("樟树市"));
        assertThat(OrganKey.of("樟树市政府办公室")).isEqualTo(OrganKey.of("樟树市人民政府办公室"));
        assertThat(OrganKey.of("樟树市教育局")).isNotEqualTo(OrganKey.of("樟树市")).isNotEqualTo(OrganKey.of("樟树市人民政府办公室"));
        assertThat(OrganKey.of("樟树市机关事务管理局")).isEqualTo("樟树市机关事务管理局");
    }

    @Test
    void fullWidthAndPunctuationInsideTheNameDoNotMatter() {
        assertThat(OrganKey.of("ＡＢＣ开发区管委会")).isEqualTo(OrganKey.of("abc开发区管委会")).isNotNull();
        assertThat(OrganKey.of("赣州经济技术开发区·党政办公室")).isEqualTo(OrganKey.of("赣州经济技术开发区党政办公室")).isNotNull();
    }

    @Test
    void organsEndAsOrgansDo() {
        for (String organ : List.of("淮安市洪泽区人民政府", "洪泽区人民政府", "上海市人民政府办公厅", "樟树市发展和改革委员会",
                "中共樟树市委", "江西省教育厅", "铜鼓县", "樟树市住房公积金管理中心", "樟树市临江镇人民政府", "洋湖乡",
                "樟树市大桥街道办事处", "福城街道", "樟树市人民法院", "内蒙古自治区", "阿拉善盟", "沛县", "城区", "南昌海关")) {
            assertThat(OrganKey.plausible(organ)).as(organ).isTrue();
        }
    }

    @Test
    void headingWordsSentencesAndSelfReferencesAreNotOrgans() {
        for (String notAnOrgan : List.of("正文", "附件", "附件1", "首页 > 政务公开 > 樟树市", "人民政府", "人民政府办公室",
                "政府", "县政府", "我局", "本机关", "我县人民政府", "该委", "本院",
                "根据《中华人民共和国政府信息公开条例》规定，现公布樟树市",
                "樟树市2023年政府信息公开工作年度报告", "2023年樟树市", "本报告由樟树市人民政府办公室编制",
                "樟树市人民政府办公室，樟树市教育局", " ，。", "",
                "这是一个非常非常长的句子它并不是一个机关的名称但是它恰好以一个县字结尾因为它说的是某个县")) {
            assertThat(OrganKey.of(notAnOrgan)).as(notAnOrgan).isNull();
        }
        assertThat(OrganKey.of(null)).isNull();
    }
}
