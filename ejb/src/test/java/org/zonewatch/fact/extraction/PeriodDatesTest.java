package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Periods as days, read against a publication day (2021-04-28 unless given). */
class PeriodDatesTest {

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(nullValues = "-", value = {
        "2020年9月28日以来, 2020-09-28, 2021-04-28",
        "今年一季度, 2021-01-01, 2021-03-31",
        "今年前三季度, 2021-01-01, 2021-09-30",
        "2023年全年, 2023-01-01, 2023-12-31",
        "2022年, 2022-01-01, 2022-12-31",
        "截至3月底, -, 2021-03-31",
        "截至2023年6月底, -, 2023-06-30",
        "2021年底, -, 2021-12-31",
        "“十四五”以来, 2021-01-01, 2021-04-28",
        "十三五时期, 2016-01-01, 2020-12-31",
        "今年以来, 2021-01-01, 2021-04-28",
        "去年11月, 2020-11-01, 2020-11-30",
        "2023年1-7月, 2023-01-01, 2023-07-31",
        "1—3月, 2021-01-01, 2021-03-31",
        "3月上旬, 2021-03-01, 2021-03-10",
        "4月22日, 2021-04-22, 2021-04-22",
        "前两个月, 2021-01-01, 2021-02-28",
    })
    void datesWhatTheTextStates(String period, LocalDate start, LocalDate end) {
        assertEquals(Optional.of(new PeriodDates.Range(start, end)), PeriodDates.of(period, LocalDate.of(2021, 4, 28)));
    }

    /** Without a year, a period not over by the publication day is last year's: a report speaks of what has been. */
    @ParameterizedTest(name = "{0} read on {1}")
    @CsvSource({
        "1—10月, 2024-02-05, 2023-01-01, 2023-10-31",
        "上半年, 2021-04-28, 2020-01-01, 2020-06-30",
        "上半年, 2021-07-15, 2021-01-01, 2021-06-30",
        "9月28日以来, 2021-04-28, 2020-09-28, 2021-04-28",
    })
    void aPeriodWithoutYearIsTheLatestThatHasEnded(String period, LocalDate published, LocalDate start, LocalDate end) {
        assertEquals(Optional.of(new PeriodDates.Range(start, end)), PeriodDates.of(period, published));
    }

    @ParameterizedTest
    @CsvSource({"近年", "下一步", "13月", "2月30日"})
    void nothingForWhatNamesNoDays(String period) {
        assertEquals(Optional.empty(), PeriodDates.of(period, LocalDate.of(2021, 4, 28)));
    }
}
