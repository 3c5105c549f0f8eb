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
 */
public record IndicatorDefinition(String code, String name, String category, String unit, List<String> synonyms) {

    public IndicatorDefinition {
        synonyms = List.copyOf(synonyms);
    }
}
