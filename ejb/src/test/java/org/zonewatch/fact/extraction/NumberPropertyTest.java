package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Never silently wrong, as a property: a seeded random sample of values from 0 to 10^16, integers and decimals,
 * each written in every form of {@link WrittenNumbers} into a sentence and read by the extractor, must come back
 * as exactly one fact with exactly that value, spanning exactly what was written.
 */
class NumberPropertyTest {

    private static final long SEED = 20261130L;
    private static final int SAMPLE = 100_000;
    private static final BigInteger LIMIT = BigInteger.TEN.pow(16);

    private final FactExtractor extractor = new FactExtractor();

    /** A value up to 10^16, its magnitude spread evenly over the powers of ten, with 0 to 4 decimals. */
    private static BigDecimal value(Random random, int maxDecimals) {
        int digits = random.nextInt(17);
        BigInteger whole = digits == 0 ? BigInteger.ZERO : new BigInteger(60, random).mod(BigInteger.TEN.pow(digits));
        int decimals = random.nextInt(maxDecimals + 1);
        BigDecimal fraction = decimals == 0 ? BigDecimal.ZERO
                : new BigDecimal(BigInteger.valueOf(random.nextInt((int) Math.pow(10, decimals))), decimals);
        BigDecimal value = new BigDecimal(whole).add(fraction);
        return random.nextInt(1000) == 0 ? new BigDecimal(LIMIT) : value;
    }

    private record Form(String name, int maxDecimals, Function<BigDecimal, String> writer, boolean hasUnit) {
    }

    @Test
    void everyWrittenValueIsReadBackExactly() {
        Random random = new Random(SEED);
        WrittenNumbers written = new WrittenNumbers(random);
        List<Form> forms = List.of(
                new Form("arabic", 4, written::arabic, false),
                new Form("小写", 4, v -> written.chinese(v, false), false),
                new Form("大写", 4, v -> written.chinese(v, true), false),
                new Form("元角分", 2, written::yuan, true),
                new Form("mixed 万/亿", 4, written::mixed, false));
        int[] checked = new int[forms.size()];
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            int f = i % forms.size();
            Form form = forms.get(f);
            BigDecimal value = value(random, form.maxDecimals());
            String quantity = form.writer().apply(value) + (form.hasUnit() ? "" : (random.nextInt(6) == 0 ? " 元" : "元"));
            String sentence = "园区全年完成投资" + quantity + "，同比增长较快。";
            checked[f]++;
            List<ExtractedFact> facts = extractor.extract(sentence);
            boolean exact = facts.size() == 1 && facts.get(0).value().compareTo(value) == 0
                    && facts.get(0).unit().equals("元")
                    && sentence.substring(facts.get(0).span().start(), facts.get(0).span().end()).equals(quantity);
            if (!exact && failures.size() < 20) {
                failures.add(form.name() + ": " + quantity + " = " + value.toPlainString() + " read as " + facts);
            }
        }
        for (int f = 0; f < forms.size(); f++) {
            System.out.printf(Locale.ROOT, "property: %s, %d values read back%n", forms.get(f).name(), checked[f]);
        }
        System.out.printf(Locale.ROOT, "property: %d values (seed %d), %d failures%n", SAMPLE, SEED, failures.size());
        assertEquals(List.of(), failures);
    }

    /**
     * The other half of the property: a grouped number with one digit lost from a group after the first
     * (3,408 → 3,40), or a doubled point, cannot be read whole, so it gives no fact but is reported.
     */
    @Test
    void aNumberThatCannotBeReadWholeGivesNoFactButAWarning() {
        Random random = new Random(SEED + 1);
        String[] separators = {",", "，", " ", "\u2009", "\u00A0"};
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLE / 10; i++) {
            BigInteger whole = BigInteger.valueOf(1000).add(new BigInteger(50, random));
            String separator = separators[random.nextInt(separators.length)];
            String grouped = String.format(Locale.ROOT, "%,d", whole).replace(",", separator);
            int groups = (grouped.length() - grouped.replace(separator, "").length()) / separator.length();
            int lost = grouped.indexOf(separator) + separator.length() + random.nextInt(3);
            for (int g = 1 + random.nextInt(groups); g > 1; g--) {
                lost = grouped.indexOf(separator, lost) + separator.length() + random.nextInt(3);
            }
            String broken = random.nextInt(4) == 0 ? grouped + "..5"
                    : grouped.substring(0, lost) + grouped.substring(lost + 1);
            String sentence = "全年完成投资" + broken + "万元，其中外资占比较高。";
            checked++;
            Extraction extraction = extractor.read(sentence);
            if ((!extraction.facts().isEmpty() || extraction.unreadable().size() != 1) && failures.size() < 20) {
                failures.add(broken + " → " + extraction);
            }
        }
        System.out.printf(Locale.ROOT, "property: %d numbers that cannot be read whole, %d failures%n", checked,
                failures.size());
        assertEquals(List.of(), failures);
    }
}
