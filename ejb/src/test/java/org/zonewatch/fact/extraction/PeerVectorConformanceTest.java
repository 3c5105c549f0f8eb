package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zonewatch.fact.corpus.Resources;

/** Conformance with the parsers other projects test (peer-vectors/README.md). */
class PeerVectorConformanceTest {

    /** magiclen checks its 123.46 readings with an approximate float comparison; so do we. */
    private static final BigDecimal MAGICLEN_TOLERANCE = new BigDecimal("0.000001");

    /** Currencies in scope of the money reading; the others in money.tsv are Duckling's own units. */
    private static final Set<String> MONEY_CURRENCIES = Set.of("CNY", "USD", "EUR");

    static Stream<Arguments> numerals() {
        return Resources.tsvRows("peer-vectors/numerals.tsv").stream()
                .map(row -> Arguments.of(row[0], new BigDecimal(row[1]), row[2]));
    }

    static Stream<String> invalid() {
        return Resources.tsvRows("peer-vectors/invalid.tsv").stream().map(row -> row[0]);
    }

    static Stream<Arguments> money() {
        return Resources.tsvRows("peer-vectors/money.tsv").stream()
                .filter(row -> MONEY_CURRENCIES.contains(row[2]))
                .map(row -> Arguments.of(row[0], new BigDecimal(row[1]), row[2]));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("numerals")
    void readsNumeral(String input, BigDecimal expected, String source) {
        Optional<BigDecimal> value = ChineseNumber.parse(input);
        assertTrue(value.isPresent(), () -> input + " refused");
        BigDecimal tolerance = source.contains("magiclen") ? MAGICLEN_TOLERANCE : BigDecimal.ZERO;
        assertTrue(value.get().subtract(expected).abs().compareTo(tolerance) <= 0,
                () -> input + " read as " + value.get() + ", expected " + expected);
    }

    @ParameterizedTest(name = "{0} refused")
    @MethodSource("invalid")
    void refusesInvalid(String input) {
        assertEquals(Optional.empty(), ChineseNumber.parse(input));
    }

    @ParameterizedTest(name = "{0} = {1} {2}")
    @MethodSource("money")
    void readsMoney(String input, BigDecimal expected, String currency) {
        Optional<Money> money = ChineseMoney.parse(input);
        assertTrue(money.isPresent(), () -> input + " refused");
        assertEquals(0, money.get().value().compareTo(expected), () -> input + " read as " + money.get());
        assertEquals(currency, money.get().currency());
    }
}
