package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();

    private static String regionOf(String words) {
        List<Gazetteer.Mention> mentions = GAZETTEER.mentions(words, List.of());
        assertEquals(1, mentions.size(), words);
        return mentions.get(0).region().name();
    }

    @ParameterizedTest
    @ValueSource(strings = {"东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区",
        "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "北京经济技术开发区"})
    void knowsEveryBeijingDistrictAndItsShortName(String district) {
        assertEquals(district, regionOf(district));
        assertEquals("北京市", GAZETTEER.mentions(district, List.of()).get(0).region().within().name());
    }

    @Test
    void knowsAllProvinceLevelUnits() {
        long provinces = GAZETTEER.mentions("北京天津上海重庆河北山西辽宁吉林黑龙江江苏浙江安徽福建江西山东河南湖北湖南广东海南四川贵州云南陕西甘肃青海台湾"
                        + "内蒙古广西西藏宁夏新疆香港澳门", List.of()).stream()
                .filter(mention -> mention.region().within() == Gazetteer.COUNTRY)
                .count();

        assertEquals(34, provinces);
    }

    @Test
    void zonesPointAtTheirDistrict() {
        assertEquals("朝阳区", regionOf("CBD"));
        assertEquals("朝阳区", regionOf("金盏"));
        assertEquals("北京经济技术开发区", regionOf("亦庄"));
        assertEquals("丰台区", regionOf("丽泽"));
        assertEquals("大兴区", regionOf("大兴机场片区"));
        assertEquals("顺义区", regionOf("首都机场临空区"));
        assertEquals("通州区", regionOf("城市副中心"));
        assertEquals("怀柔区", regionOf("怀柔科学城"));
        assertEquals("海淀区", regionOf("中关村"));
        assertEquals("上海市", regionOf("临港新片区"));
        assertEquals("海南省", regionOf("海南自贸港"));
    }

    @Test
    void longestNameWins() {
        assertEquals("北京经济技术开发区", regionOf("北京经济技术开发区"));
        assertEquals("朝阳区", regionOf("中关村朝阳园"));
        assertEquals("平谷区", regionOf("农业中关村"));
    }

    @Test
    void refusesANameListedTwice() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Gazetteer.parse(List.of(
                "北京市\tprovince\t\t北京", "天津市\tprovince\t\t北京")));
        assertTrue(error.getMessage().contains("'北京' is listed twice"), error.getMessage());
    }

    @Test
    void refusesAnUnknownContainer() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Gazetteer.parse(List.of(
                "丽泽\tzone\t丰台区\t")));
        assertTrue(error.getMessage().contains("unknown region '丰台区'"), error.getMessage());
    }
}
