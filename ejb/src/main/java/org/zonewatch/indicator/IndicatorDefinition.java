package org.zonewatch.indicator;

import java.util.List;

/**
 * A tracked indicator of the 两区 reforms.
 *
 * @param code     stable identifier (FDI_UTILISED)
 * @param name     the usual Chinese name (实际利用外资)
 * @param category 外资/投资, 政策进展, 营商环境, 人才服务, 金融开放, 平台载体 …
 * @param unit     the unit its facts are stated in (家, 美元, %, 个工作日 …)
 * @param synonyms other wordings of the name that articles use
 * @param dashboardPosition where its card stands on the dashboard (1 first), or null when it has none
 */
public record IndicatorDefinition(String code, String name, String category, String unit, List<String> synonyms,
                                  Integer dashboardPosition) {

    public IndicatorDefinition {
        synonyms = List.copyOf(synonyms);
    }
}
