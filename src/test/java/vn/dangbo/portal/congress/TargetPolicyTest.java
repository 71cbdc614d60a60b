package vn.dangbo.portal.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetPolicyTest {

    private static final LocalDate AFTER_TERM = LocalDate.of(2026, 11, 25);

    private static TargetStatus status(TargetComparator comparator, TargetMeasure measure, String target, Map<Integer, BigDecimal> yearly,
                                       LocalDate today) {
        return TargetPolicy.evaluate(comparator, measure, new BigDecimal(target), yearly, 2020, 2025, today).status();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aTermTotalIsExceededFromFivePercentAboveTheTarget() {
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "750",
                Map.of(2020, d("400"), 2024, d("387.5")), AFTER_TERM)).isEqualTo(TargetStatus.EXCEEDED);   // 787.5 = 750 × 1.05
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "750",
                Map.of(2020, d("400"), 2024, d("387")), AFTER_TERM)).isEqualTo(TargetStatus.MET);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "750",
                Map.of(2020, d("400"), 2024, d("349")), AFTER_TERM)).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "750",
                Map.of(2020, d("400"), 2024, d("350")), AFTER_TERM)).isEqualTo(TargetStatus.MET);
    }

    @Test
    void everyYearCountsTheWorstYearAndMoreThanIsStrict() {
        Map<Integer, BigDecimal> shares = Map.of(2020, d("86.00"), 2021, d("93.42"), 2022, d("90"), 2023, d("91"), 2024, d("92"));
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.EVERY_YEAR, "85", shares, AFTER_TERM)).isEqualTo(TargetStatus.MET);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.EVERY_YEAR, "81.9", shares, AFTER_TERM)).isEqualTo(TargetStatus.EXCEEDED);
        assertThat(status(TargetComparator.MORE_THAN, TargetMeasure.EVERY_YEAR, "86", shares, AFTER_TERM)).isEqualTo(TargetStatus.NOT_MET);
        assertThat(status(TargetComparator.AT_MOST, TargetMeasure.FINAL_YEAR, "100", shares, AFTER_TERM)).isEqualTo(TargetStatus.EXCEEDED);
    }

    @Test
    void midTermATotalIsOnTrackWhenItKeepsPaceWithTheElapsedTerm() {
        LocalDate midTerm = LocalDate.of(2022, 12, 31);   // 3 of 5 years gone: 60 % of 1000 is due
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "1000",
                Map.of(2020, d("200"), 2021, d("200"), 2022, d("200")), midTerm)).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "1000",
                Map.of(2020, d("200"), 2021, d("200"), 2022, d("190")), midTerm)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.EVERY_YEAR, "90",
                Map.of(2020, d("91"), 2021, d("89.99")), midTerm)).isEqualTo(TargetStatus.AT_RISK);
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.EVERY_YEAR, "90", Map.of(), midTerm)).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void yearsOutsideTheTermAreIgnored() {
        assertThat(status(TargetComparator.AT_LEAST, TargetMeasure.TERM_TOTAL, "10", Map.of(2019, d("50"), 2025, d("50")), AFTER_TERM))
                .isEqualTo(TargetStatus.NO_DATA);
    }
}
