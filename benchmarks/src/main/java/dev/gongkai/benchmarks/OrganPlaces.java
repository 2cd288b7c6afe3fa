package dev.gongkai.benchmarks;

import java.util.List;

/**
 * Distinct organ names for a generated national batch: province, city, county and department composed,
 * the {@code i}-th name for each {@code i} below {@link #CAPACITY} different from every other (a name is
 * never the tail of another with a parent before it, so no two organs are joined as one).
 */
final class OrganPlaces {

    static final List<String> PROVINCES = List.of("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
            "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
            "云南省", "陕西省", "甘肃省", "青海省");

    static final List<String> CITIES = List.of("安宁", "白河", "宝丰", "北川", "长宁", "崇仁", "大安", "丹江", "德阳",
            "东山", "丰宁", "阜城", "高平", "广安", "桂平", "海城", "和平", "河源", "鹤山", "洪湖", "华安", "怀远", "吉安",
            "嘉禾", "建宁", "江华", "金山", "靖西", "乐安", "临川", "龙泉", "罗平", "梅河", "南丰", "宁远", "平江",
            "清河", "庆阳", "瑞安", "三河");

    static final List<String> COUNTIES = List.of("安平县", "柏乡县", "宝坻区", "昌黎县", "城固县", "淳化县", "大城县",
            "定兴县", "东光县", "繁峙县", "汾西县", "凤翔区", "阜平县", "固安县", "广灵县", "和顺县", "横山区", "洪洞县",
            "怀安县", "获嘉县", "吉县", "蓟州区", "交城县", "静乐县", "岢岚县", "临县", "灵丘县", "潞城区", "蒙城县",
            "宁武县", "平顺县", "祁县", "沁源县", "曲沃县", "容城县", "涉县", "寿阳县", "顺平县", "太谷区", "唐县");

    static final List<String> DEPARTMENTS = List.of("人民政府", "人民政府办公室", "发展和改革委员会", "教育体育局",
            "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局",
            "交通运输局", "水利局", "农业农村局", "商务局", "卫生健康委员会", "应急管理局", "审计局", "市场监督管理局",
            "统计局", "医疗保障局", "机关事务管理局", "城市管理局", "林业局", "退役军人事务局");

    static final int CAPACITY = PROVINCES.size() * CITIES.size() * COUNTIES.size() * DEPARTMENTS.size();

    /** A multiplier coprime with {@link #CAPACITY}: consecutive organs lie in different places. */
    private static final long STRIDE = 1_000_003L;

    private OrganPlaces() {}

    /** The {@code i}-th organ name, {@code 0 <= i < CAPACITY}. */
    static String name(int i) {
        long k = (i * STRIDE) % CAPACITY;
        int d = (int) (k % DEPARTMENTS.size());
        k /= DEPARTMENTS.size();
        int c = (int) (k % COUNTIES.size());
        k /= COUNTIES.size();
        int t = (int) (k % CITIES.size());
        k /= CITIES.size();
        return PROVINCES.get((int) k) + CITIES.get(t) + "市" + COUNTIES.get(c) + DEPARTMENTS.get(d);
    }
}
