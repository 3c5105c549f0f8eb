package org.zonewatch.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zonewatch.fact.corpus.Corpus;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.FactExtractor;

class IndicatorMatcherTest {

    private final List<IndicatorDefinition> catalogue = DefaultIndicators.load();
    private final IndicatorMatcher matcher = new IndicatorMatcher(catalogue);

    @Test
    void catalogueIsWellFormed() {
        Set<String> codes = catalogue.stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
        assertEquals(catalogue.size(), codes.size(), "codes are unique");
        Set<String> categories = catalogue.stream().map(IndicatorDefinition::category).collect(Collectors.toSet());
        assertTrue(categories.containsAll(Set.of("外资/投资", "政策进展", "营商环境", "人才服务", "金融开放", "平台载体")));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        "新设外资企业|家|FDI_NEW_ENTERPRISES",
        "全区新增外资企业|家|FDI_NEW_ENTERPRISES",
        "新设立外商投资企业|户|FDI_NEW_ENTERPRISES",
        "吸引合同外资|美元|FDI_CONTRACTED",
        "实际使用外资|美元|FDI_UTILISED",
        "实际利用外资|元|FDI_UTILISED",
        "新设内资企业|户|DOMESTIC_NEW_ENTERPRISES",
        "“两区”重点任务|项|KEY_TASKS",
        "取得阶段性成果的任务|项|TASKS_WITH_RESULTS",
        "政策落地率|%|POLICY_LANDING_RATE",
        "试点政策落地|项|PILOT_POLICIES",
        "企业开办时间|个工作日|PROCESSING_TIME",
        "外资金融机构总数|家|FOREIGN_FINANCIAL_INSTITUTIONS",
        "新引进各类人才|人|TALENT_INTRODUCED",
    })
    void mapsWordingsToTheirIndicator(String metric, String unit, String code) {
        assertEquals(Optional.of(code), matcher.codeFor(metric, unit));
    }

    @Test
    void unitMustBeCompatible() {
        assertEquals(Optional.empty(), matcher.codeFor("实际使用外资年均增长", "%"));
        assertEquals(Optional.empty(), matcher.codeFor("新设外资企业", "个百分点"));
        assertEquals(Optional.empty(), matcher.codeFor("政策落地率", "项"));
    }

    @Test
    void unknownMetricsMapToNothing() {
        assertEquals(Optional.empty(), matcher.codeFor("旅客吞吐量", "人次"));
    }

    @Test
    void seedArticleInvestmentAndPolicyProgressFactsMapToTheirCodes() {
        List<ExtractedFact> facts = new FactExtractor().extract(Corpus.cleanedText(Corpus.STEMS.get(0)));
        assertEquals("FDI_NEW_ENTERPRISES", codeOf(facts, "563", "家"));
        assertEquals("FDI_UTILISED", codeOf(facts, "1340000000", "美元"));
        assertEquals("FDI_CONTRACTED", codeOf(facts, "4626000000", "美元"));
        assertEquals("DOMESTIC_NEW_ENTERPRISES", codeOf(facts, "14790", "户"));
        assertEquals("KEY_TASKS", codeOf(facts, "62", "项"));
        assertEquals("TASKS_WITH_RESULTS", codeOf(facts, "43", "项"));
        assertEquals("POLICY_LANDING_RATE", codeOf(facts, "70", "%"));
        assertEquals("PILOT_POLICIES", codeOf(facts, "16", "项"));
    }

    private String codeOf(List<ExtractedFact> facts, String value, String unit) {
        ExtractedFact fact = facts.stream()
                .filter(f -> f.unit().equals(unit) && f.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + value + unit));
        return matcher.codeFor(fact.metric(), fact.unit()).orElse("none for " + fact.metric());
    }
}
