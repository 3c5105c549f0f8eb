package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The region rule on articles outside the corpus. */
class RegionLocatorTest {
    private static final RegionLocator LOCATOR = RegionLocator.standard();

    private static String locate(String title, String text, ListedCompany... companies) {
        return LOCATOR.locate(title, text, List.of(companies));
    }

    @Test
    void oneDistrictDominating() {
        assertEquals("石景山区", locate("新首钢园区_两区_项目落地提速",
                "石景山区商务局介绍，今年以来首钢园新增入驻企业80家。\n石景山区将继续推进“两区”建设。\n北京市有关部门表示支持。"));
    }

    @Test
    void severalDistrictsMakeTheCity() {
        assertEquals("北京市", locate("_两区_建设成绩单",
                "海淀区新设外资企业215家，朝阳区新设外资企业563家。\n海淀区、朝阳区和通州区分别出台配套政策。"));
    }

    @Test
    void aZoneSpanningDistrictsCountsForTheCity() {
        assertEquals("北京市", locate("科技创新片区建设提速", "科技创新片区新增企业300家。\n片区覆盖多个园区。"));
    }

    @Test
    void aZoneCountsForTheDistrictThatHoldsIt() {
        assertEquals("南山区", locate("前海合作区新设港资企业", "前海新设港资企业1200家。\n深圳相关负责人表示，前海将继续扩大开放。"));
    }

    /** SPEC §4: the district or new area the article is about, not its city. */
    @Test
    void aNewAreaOrDistrictOfAPilotFreeTradeZone() {
        assertEquals("浦东新区", locate("浦东新区外资总部再扩容",
                "今年以来，浦东新区新认定跨国公司地区总部15家。\n陆家嘴、张江等地集聚效应明显。\n上海市商务委表示将继续支持。"));
        assertEquals("滨海新区", locate("天津滨海新区融资租赁业务增长",
                "滨海新区东疆综合保税区飞机租赁累计超过2000架。\n天津市相关部门介绍，滨海新区将深化改革。"));
        assertEquals("南沙区", locate("南沙自贸片区制度创新成果发布",
                "广州南沙新区累计形成制度创新成果800余项。\n南沙区将继续推进粤港澳合作。"));
        assertEquals("雄安新区", locate("雄安新区片区建设提速", "雄安新区新增企业800家。\n河北省支持雄安加快发展。"));
    }

    @Test
    void aCityWideArticleThatNamesADistrictOnceStaysWithTheCity() {
        assertEquals("上海市", locate("上海自贸试验区十年成绩单",
                "上海自贸试验区设立十年来，上海市累计新设外资企业1.2万家。\n上海各区协同推进，浦东新区、奉贤区、闵行区和松江区"
                        + "均有项目落地。\n上海将继续扩大开放。"));
    }

    @Test
    void severalCitiesMakeTheProvince() {
        assertEquals("广东省", locate("广东自贸区成立七周年",
                "广东自贸区南沙、前海、横琴三个片区累计新设企业28万家。\n广东省商务厅表示将继续推进制度创新。"));
    }

    @Test
    void severalProvincesMakeNoRegion() {
        assertNull(locate("京津冀协同发展再提速", "京津冀三地签署协议。\n北京、天津、河北将共建产业链。"));
    }

    @Test
    void noPlaceMakesNoRegion() {
        assertNull(locate("外资企业信心增强", "调查显示，外资企业对中国市场保持信心。"));
    }

    @Test
    void aRegionNamedBeforeOneOfItsPlacesOnlyQualifiesIt() {
        assertEquals("朝阳区", locate("北京CBD发布招商新政", "北京CBD管委会发布新政。\n北京CBD将吸引更多总部企业。"));
    }

    @Test
    void placeNamesInsideCompanyNamesDoNotCount() {
        assertEquals("上海市", locate("跨境金融试点扩围", "北京银行上海分行落地首单业务。\n北京银行表示，上海临港新片区业务增长较快。",
                new ListedCompany("北京银行", "sh601169")));
    }

    @Test
    void phrasesContainingPlaceNamesDoNotCount() {
        assertEquals("海南省", locate("海南自贸港新政", "北京时间6月1日，海南发布新政。\n朝阳产业加速集聚海南。"));
    }
}
