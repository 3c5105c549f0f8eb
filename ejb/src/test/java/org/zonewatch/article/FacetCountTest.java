package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FacetCountTest {

    @Test
    void mostFrequentFirstThenByValue() {
        assertEquals(List.of(new FacetCount("朝阳区", "朝阳区", 3), new FacetCount("东城区", "东城区", 1),
                        new FacetCount("海淀区", "海淀区", 1)),
                FacetCount.of(Map.of("海淀区", 1L, "朝阳区", 3L, "东城区", 1L)));
    }

    @Test
    void companiesCountByCodeWithTheMostCommonName() {
        var zgc = new ArticleCompany("中关村", "sz000931").facetKey();
        var zgcOld = new ArticleCompany("中关村科技", "sz000931").facetKey();
        var bank = new ArticleCompany("北京银行", "sh601169").facetKey();

        assertEquals(List.of(new FacetCount("sz000931", "中关村", 5), new FacetCount("sh601169", "北京银行", 2)),
                FacetCount.companies(Map.of(zgc, 3L, zgcOld, 2L, bank, 2L)));
    }
}
