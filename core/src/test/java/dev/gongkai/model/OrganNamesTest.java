package dev.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts are plausibly the names of organs (SPEC §3), and which never are. */
class OrganNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"樟树市", "铜鼓县", "袁州区", "清镇市人民政府办公室", "樟树市机关事务管理局", "上海市人民政府办公厅",
        "赣州经济技术开发区党政办公室", "淮安市洪泽区人民政府", "洪泽区人民政府", "樟树市 人民政府", "宜春市发展和改革委员会",
        "樟树市卫健委", "临江镇人民政府", "大桥街道办事处", "洋湖乡", "樟树市大数据中心", "江西省人民政府", "广西壮族自治区",
        "阿拉善盟", "鄂托克旗", "樟树市人民法院", "樟树市人民检察院", "国家税务总局樟树市税务局", "南昌海关", "市政府办",
        "樟树市公安局交通警察大队", "中共樟树市委办公室（市档案馆）", "樟树市城市管理委员会", "黔东南州", "樟树市市场监督管理局",
        "新余市某某局", "樟树市临江镇办事处", "中国人民银行樟树市支行"})
    void organsNamesArePlausible(String name) {
        assertThat(OrganNames.plausible(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"正文", "附件", "附件1", "首页", "市", "政府", "人民政府", "办公室", "樟树市人民政府网站",
        "樟树市人民政府门户网站", "中国樟树网", "政府信息公开年报", "政府信息公开", "信息公开指南", "2023年樟树市",
        "樟树市2023年政府信息公开工作年度报告", "本机关", "我局", "我县", "本单位", "首页>政务公开>年度报告", "当前位置：首页",
        "樟树市政务公开平台", "根据《条例》规定，现将本局", "无", "其他需要报告的事项", "Microsoft Word", "", " ",
        "樟树市人民政府（", "樟树市人民政府）", "统计期限自2023年1月1日起至2023年12月31日止", "政务公开专栏", "字号大中小",
        "樟树市直属机关", "新闻发布会"})
    void otherTextsAreNot(String text) {
        assertThat(OrganNames.plausible(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"人民政府", "局", "委员会", "街道"})
    void theLongestEndingIsReported(String ending) {
        assertThat(OrganNames.ending("樟树市某某" + ending)).isEqualTo(ending);
        assertThat(OrganNames.plausible(null)).isFalse();
    }
}
