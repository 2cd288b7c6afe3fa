package dev.gongkai.testkit.internal;

import java.util.List;

/** Plausible organ names: places, departments, townships. */
public final class Names {

    static final List<String> PLACES = List.of(
            "樟树市", "铜鼓县", "清镇市", "丰城市", "高安市", "宜丰县", "靖安县", "奉新县", "万载县", "上高县",
            "袁州区", "修水县", "武宁县", "瑞昌市", "彭泽县", "湖口县", "都昌县", "永修县", "德安县", "庐山市",
            "共青城市", "余干县", "鄱阳县", "万年县", "婺源县", "德兴市", "乐平市", "浮梁县", "安义县", "进贤县",
            "南昌县", "新建区", "青山湖区", "东湖区", "石城县", "瑞金市", "于都县", "兴国县", "宁都县", "会昌县",
            "寻乌县", "安远县", "龙南市", "全南县", "定南县", "信丰县", "大余县", "崇义县", "上犹县", "南康区",
            "章贡区", "开阳县", "息烽县", "修文县", "花溪区", "乌当区", "赣州经济技术开发区", "宜春市", "九江市", "上饶市");

    static final List<String> DEPARTMENTS = List.of(
            "人民政府", "人民政府办公室", "发展和改革委员会", "教育体育局", "公安局", "民政局", "司法局", "财政局",
            "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
            "农业农村局", "商务局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局", "统计局",
            "医疗保障局", "机关事务管理局", "城市管理局", "林业局", "退役军人事务局");

    static final List<String> TOWNS = List.of(
            "临江镇", "永泰镇", "黄土岗镇", "经楼镇", "昌傅镇", "阁山镇", "店下镇", "义成镇", "大桥街道", "福城街道",
            "淦阳街道", "洋湖乡", "刘公庙镇", "观上镇", "张家山街道", "排埠镇", "温泉镇", "三都镇");

    private Names() {}

    /**
     * An organ name. With {@code signed} false the organ may be a bare place name (樟树市), as titles
     * write it; a signed report's organ is always a full organ name, written again under section 六.
     */
    public static String organ(Prng rng, boolean signed) {
        String place = rng.pick(PLACES);
        int kind = rng.nextInt(signed ? 10 : 12);
        if (kind >= 10) {
            return place;
        }
        if (kind >= 8) {
            return place + rng.pick(TOWNS) + (rng.chance(0.5) ? "人民政府" : "办事处");
        }
        return place + rng.pick(DEPARTMENTS);
    }

    /** How the organ refers to itself in its prose (我市, 我局, 我镇 …). */
    public static String self(String organ) {
        if (organ.endsWith("局")) {
            return "我局";
        }
        if (organ.endsWith("委员会")) {
            return "我委";
        }
        if (organ.endsWith("办公室")) {
            return "我办";
        }
        if (organ.endsWith("镇人民政府")) {
            return "我镇";
        }
        if (organ.endsWith("办事处")) {
            return "我街道";
        }
        if (organ.endsWith("县") || organ.endsWith("县人民政府")) {
            return "我县";
        }
        if (organ.endsWith("区") || organ.endsWith("区人民政府")) {
            return "我区";
        }
        return "我市";
    }
}
