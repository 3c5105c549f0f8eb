package org.zonewatch.fact.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one whole money expression (1.2万元, 约4.287亿美元, 人民幣3.14, 十块三毛, 三万元欧元) into a value
 * in whole units, rounded to cents, and a currency. Without a currency word the amount is in 元 (CNY).
 */
public final class ChineseMoney {

    /** Longest names first so that 新台币 wins over 台币 and 美元 over 元. */
    private static final List<Map.Entry<String, String>> CURRENCIES = List.of(
            Map.entry("人民币", "CNY"), Map.entry("人民幣", "CNY"), Map.entry("新台币", "TWD"),
            Map.entry("新台幣", "TWD"), Map.entry("美元", "USD"), Map.entry("美金", "USD"),
            Map.entry("欧元", "EUR"), Map.entry("歐元", "EUR"), Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"), Map.entry("港幣", "HKD"), Map.entry("日元", "JPY"),
            Map.entry("日币", "JPY"), Map.entry("日圆", "JPY"), Map.entry("英镑", "GBP"),
            Map.entry("泰铢", "THB"), Map.entry("卢布", "RUB"), Map.entry("韩元", "KRW"),
            Map.entry("澳元", "AUD"));

    private static final String[] QUALIFIERS_BEFORE = {"大约", "约合", "将近", "超过", "约", "近", "逾", "超"};
    private static final String[] QUALIFIERS_AFTER = {"左右", "上下", "以上", "余", "多"};

    private ChineseMoney() {
    }

    public static Optional<Money> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.replaceAll("[\\s\u3000]", "");
        String currency = "CNY";
        for (Map.Entry<String, String> name : CURRENCIES) {
            if (s.startsWith(name.getKey())) {
                currency = name.getValue();
                s = s.substring(name.getKey().length());
                break;
            }
            if (s.endsWith(name.getKey())) {
                currency = name.getValue();
                s = s.substring(0, s.length() - name.getKey().length());
                break;
            }
        }
        s = stripQualifiers(s);
        s = s.replace("钱", "").replace("块", "元").replace("毛", "角")
                .replaceAll("(?<=\\d)[kK]$", "千").replaceAll("(?<=\\d)[wW]$", "万")
                .replaceAll("[个個](?=[万萬亿億])", "");
        // 三万元欧元: the 元 of the amount before the currency name
        if (s.endsWith("元") && !currency.equals("CNY") && !s.matches(".*元.+")) {
            s = s.substring(0, s.length() - 1);
        }
        final String currencyCode = currency;
        return ChineseNumber.parse(s)
                .map(v -> new Money(ChineseNumber.normalised(v.setScale(Math.min(v.scale(), 2), RoundingMode.HALF_UP)),
                        currencyCode));
    }

    private static String stripQualifiers(String s) {
        for (String q : QUALIFIERS_BEFORE) {
            if (s.startsWith(q)) {
                s = s.substring(q.length());
                break;
            }
        }
        for (String q : QUALIFIERS_AFTER) {
            if (s.endsWith(q)) {
                s = s.substring(0, s.length() - q.length());
                break;
            }
        }
        return s;
    }
}
