package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zonewatch.fact.corpus.Resources;

/**
 * The conformance cases of other projects' Chinese-number parsers (peer-vectors/README.md), read the way the
 * product reads numbers: each one written into a sentence and passed through {@link FactExtractor}.
 *
 * <p>A case in scope must give exactly one fact with the stated value. A case out of scope (a form official
 * writing does not use, named by {@link #outOfScope}) may give no fact or the right one, never a fact with another
 * value: that is the rule for every number the extractor meets. Each file's figures are printed.
 */
class PeerVectorConformanceTest {

    /** magiclen checks its 123.46 readings with an approximate float comparison; so do we. */
    private static final BigDecimal MAGICLEN_TOLERANCE = new BigDecimal("0.000001");
    /** JioNLP rounds amounts to cents (233,333，333,434.344元 → …434.34); the extractor keeps what is written. */
    private static final BigDecimal CENT = new BigDecimal("0.005");

    private static final Map<String, String> CURRENCY_UNITS = Map.of("CNY", "元", "Dollar", "元", "USD", "美元",
            "EUR", "欧元", "HKD", "港元", "JPY", "日元", "TWD", "新台币");

    /** Duckling's units as zonewatch writes them, with the factor from ours to Duckling's. */
    private static final Map<String, Map<String, BigDecimal>> DUCKLING_UNITS = Map.of(
            "Gram", Map.of("千克", BigDecimal.valueOf(1000), "公斤", BigDecimal.valueOf(1000)),
            "Kilometre", Map.of("公里", BigDecimal.ONE, "千米", BigDecimal.ONE),
            "Metre", Map.of("米", BigDecimal.ONE),
            "Minute", Map.of("分钟", BigDecimal.ONE),
            "Second", Map.of("秒", BigDecimal.ONE),
            "Hour", Map.of("小时", BigDecimal.ONE, "个小时", BigDecimal.ONE),
            "Day", Map.of("天", BigDecimal.ONE));

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    /** Why a numeral is no form of official writing, or null when it is one. */
    static String outOfScope(String input) {
        String[][] rules = {
            {"[個个對雙对双打]$|個|[个個][半九]", "a classifier or collective noun read as part of the numeral (一對 = 2, 五打 = 60)"},
            {"半|又|分之|份|十分一", "a half or fraction"},
            {"分.*秒|[时時].*[分秒]|年.*月", "a compound of two units (五分三十秒)"},
            {"^[一壹] ?(秒|分|小|天|日|个|個|月)", "a lone 一 before a measure word, the indefinite article (SPEC §5.13)"},
            {"^[千百萬万]", "a bare 千/百/万 opening it: in running text a word (千家万户), not a number"},
            {"[一二三四五六七八九壹貳贰參叁肆伍陸陆柒捌玖]{2}", "digits read one by one: in running text 三四个 is "
                    + "'three or four' and 二〇二三 a year"},
            {"^[^元圆圓]*[角分]$", "角/分 without 元: 分 is as often a score or a minute"},
            {"[kKwWMG]", "a Latin multiplier (15k, 30w, 1.2M)"},
            {"[块毛毫蚊仙钱]", "colloquial money (块, 毛, 蚊)"},
            {"泰铢|卢布|元欧元|元日币", "a currency zonewatch does not list, or two currency words"},
            {"[兆京垓秭穰溝澗]", "units above 亿, whose value depends on the counting scheme"},
        };
        for (String[] rule : rules) {
            if (Pattern.compile(rule[0]).matcher(input).find()) {
                return rule[1];
            }
        }
        return null;
    }

    /** The facts of one sentence. */
    private static List<ExtractedFact> read(String sentence) {
        return EXTRACTOR.extract(sentence);
    }

    private static boolean near(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** A numeral as a quantity in a sentence: an amount of money when it names 元, a tonnage otherwise. */
    private static Sentence numeralSentence(String input) {
        return input.matches(".*[元圆圓].*") ? new Sentence("该项目获得资金" + input + "。", "元")
                : new Sentence("全年货运量为" + input + "吨。", "吨");
    }

    private record Sentence(String text, String unit) {
    }

    /** Tallies one file: in-scope cases read exactly, out-of-scope cases, and every failure. */
    private static final class Tally {
        final String file;
        int inScope;
        int passed;
        int outOfScope;
        final List<String> failures = new ArrayList<>();

        Tally(String file) {
            this.file = file;
        }

        /** An in-scope case: one fact, the expected value in the expected unit. */
        void expect(String input, Sentence sentence, BigDecimal expected, BigDecimal tolerance) {
            inScope++;
            List<ExtractedFact> facts = read(sentence.text());
            if (facts.size() == 1 && facts.get(0).unit().equals(sentence.unit())
                    && near(facts.get(0).value(), expected, tolerance)) {
                passed++;
            } else {
                failures.add(input + " → " + facts + ", expected " + expected + " " + sentence.unit());
            }
        }

        /** An out-of-scope case: the sentence may give no fact, or the right value, but never another. */
        void neverWrong(String input, Sentence sentence, BigDecimal expected) {
            outOfScope++;
            for (ExtractedFact fact : read(sentence.text())) {
                if (expected == null || fact.value().compareTo(expected) != 0) {
                    failures.add(input + " (out of scope) → wrong fact " + fact);
                }
            }
        }

        void report() {
            System.out.printf(Locale.ROOT, "peer vectors %s: %d/%d in scope read exactly in running text, %d out of"
                    + " scope gave no wrong value, %d failures%n", file, passed, inScope, outOfScope, failures.size());
            assertEquals(List.of(), failures, file);
        }
    }

    /** A file of numerals and their values: each in a sentence, in scope read exactly, out of scope never wrongly. */
    private static void numeralFile(String file) {
        Tally tally = new Tally(file);
        for (String[] row : Resources.tsvRows("peer-vectors/" + file)) {
            BigDecimal expected = new BigDecimal(row[1]);
            if (outOfScope(row[0]) != null) {
                tally.neverWrong(row[0], numeralSentence(row[0]), expected);
            } else {
                BigDecimal tolerance = row[row.length - 1].contains("magiclen") ? MAGICLEN_TOLERANCE : BigDecimal.ZERO;
                tally.expect(row[0], numeralSentence(row[0]), expected, tolerance);
            }
        }
        tally.report();
    }

    @Test
    void numerals() {
        numeralFile("numerals.tsv");
    }

    @Test
    void asciiNumerals() {
        numeralFile("numerals_ascii.tsv");
    }

    /** 兆 is 10^6 on the mainland and 10^12 in these cases: never read, and no part of them either. */
    @Test
    void largeUnitsAreNeverRead() {
        Tally tally = new Tally("numerals_large_units.tsv");
        for (String[] row : Resources.tsvRows("peer-vectors/numerals_large_units.tsv")) {
            Sentence sentence = numeralSentence(row[0]);
            tally.neverWrong(row[0], sentence, null);
            Extraction extraction = EXTRACTOR.read(sentence.text());
            assertEquals(1, extraction.unreadable().size(), () -> row[0] + " not reported as unreadable");
        }
        tally.report();
    }

    @Test
    void numeralsWrittenByAn2cn() {
        numeralFile("numerals_an2cn.tsv");
    }

    /** What cn2an refuses gives no fact in a sentence, whatever part of it looks like a number. */
    @Test
    void invalidNumeralsGiveNoFact() {
        Tally tally = new Tally("invalid.tsv");
        for (String[] row : Resources.tsvRows("peer-vectors/invalid.tsv")) {
            tally.inScope++;
            List<ExtractedFact> facts = read("全年货运量为" + row[0] + "吨。");
            if (facts.isEmpty()) {
                tally.passed++;
            } else {
                tally.failures.add(row[0] + " → " + facts);
            }
        }
        tally.report();
    }

    @Test
    void money() {
        Tally tally = new Tally("money.tsv");
        for (String[] row : Resources.tsvRows("peer-vectors/money.tsv")) {
            BigDecimal expected = new BigDecimal(row[1]);
            String unit = CURRENCY_UNITS.get(row[2]);
            Sentence sentence = new Sentence("合同外资" + row[0] + "。", unit);
            if (outOfScope(row[0]) != null || unit == null || !row[0].matches(".*(元|圆|圓|人民|美元|港|欧元|日元|台币).*")) {
                tally.neverWrong(row[0], sentence, "Cent".equals(row[2]) ? null : expected);
            } else {
                tally.expect(row[0], sentence, expected, row[2].equals("CNY") ? CENT : BigDecimal.ZERO);
            }
        }
        tally.report();
    }

    /**
     * cn2an's own sentences: every fact read from one must have a value that cn2an's rewriting of the sentence
     * writes out (or its percentage), and each sentence cn2an rewrites with a percentage gives that fact.
     */
    @Test
    void transformedSentences() {
        Tally tally = new Tally("transform.tsv");
        Pattern number = Pattern.compile("-?\\d+(?:\\.\\d+)?");
        for (String[] row : Resources.tsvRows("peer-vectors/transform.tsv")) {
            if (row[2].contains("direct=True")) {
                tally.outOfScope++; // cn2an leaves 十二个 as it is in direct mode: nothing to compare with
                continue;
            }
            tally.inScope++;
            List<BigDecimal> written = new ArrayList<>();
            Matcher m = number.matcher(row[1]);
            while (m.find()) {
                written.add(new BigDecimal(m.group()));
            }
            List<ExtractedFact> facts = read(row[0]);
            boolean allWritten = facts.stream().allMatch(f -> written.stream()
                    .anyMatch(w -> w.compareTo(f.value()) == 0 || w.compareTo(f.value().negate()) == 0));
            boolean percentRead = !row[1].contains("%") || facts.stream().anyMatch(f -> f.unit().equals("%"));
            if (allWritten && percentRead) {
                tally.passed++;
            } else {
                tally.failures.add(row[0] + " → " + facts + ", cn2an writes " + row[1]);
            }
        }
        tally.report();
    }

    /** Duckling's quantities in the units zonewatch reads; the others give no fact rather than a wrong one. */
    @Test
    void units() {
        Tally tally = new Tally("units.tsv");
        for (String[] row : Resources.tsvRows("peer-vectors/units.tsv")) {
            BigDecimal expected = new BigDecimal(row[1]);
            Map<String, BigDecimal> ours = DUCKLING_UNITS.getOrDefault(row[2], Map.of());
            Optional<String> unit = ours.keySet().stream().filter(u -> row[0].replace(" ", "").endsWith(u))
                    .max((a, b) -> a.length() - b.length());
            Sentence sentence = new Sentence("全年共计" + row[0] + "。", unit.orElse(null));
            if (unit.isPresent() && outOfScope(row[0]) == null && !row[0].matches(".*[a-zA-Z]$")) {
                tally.expect(row[0], sentence, expected.divide(ours.get(unit.get())), BigDecimal.ZERO);
            } else {
                tally.outOfScope++;
                for (ExtractedFact fact : read(sentence.text())) {
                    BigDecimal factor = ours.get(fact.unit());
                    if (factor != null && fact.value().multiply(factor).compareTo(expected) != 0) {
                        tally.failures.add(row[0] + " (out of scope) → wrong fact " + fact);
                    }
                }
            }
        }
        tally.report();
    }
}
