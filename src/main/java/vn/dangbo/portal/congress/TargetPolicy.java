package vn.dangbo.portal.congress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rule that turns a target's yearly actuals into its status. The term's years are those of
 * {@link Congress#termYears()}; the term is over once its last year has ended.
 * <ul>
 *   <li>At the end of the term: met when the measured value satisfies the comparator; <b>exceeded</b> when it
 *       also beats the target by at least {@link #EXCEED_MARGIN} of the target (5 %: 967 admissions against a
 *       target of 750 is exceeded, 86 % members HTTNV against ≥ 85 % is met).</li>
 *   <li>During the term: a term total is on track when it has reached the share of the target that the
 *       elapsed share of the term calls for; a yearly target when every year so far satisfies it; a final-year
 *       target when the latest value does. Otherwise at risk.</li>
 *   <li>No value at all: no data yet.</li>
 * </ul>
 */
public final class TargetPolicy {

    /** How far beyond the target (relative to it) a met target counts as exceeded. */
    public static final BigDecimal EXCEED_MARGIN = new BigDecimal("0.05");

    private TargetPolicy() {
    }

    /** The measured value, the status, and how far along the target it is in %. */
    public record Evaluation(BigDecimal measured, TargetStatus status, BigDecimal progressPercent) {
    }

    public static Evaluation evaluate(TargetComparator comparator, TargetMeasure measure, BigDecimal target,
                                      Map<Integer, BigDecimal> yearly, int termStartYear, int termEndYear, LocalDate today) {
        SortedMap<Integer, BigDecimal> values = new TreeMap<>(yearly);
        values.keySet().removeIf(year -> year < termStartYear || year >= termEndYear);
        if (values.isEmpty()) {
            return new Evaluation(null, TargetStatus.NO_DATA, null);
        }
        boolean over = today.getYear() >= termEndYear;
        Comparator<BigDecimal> better = comparator.higherIsBetter() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        BigDecimal measured = switch (measure) {
            case TERM_TOTAL -> values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case EVERY_YEAR -> values.values().stream().min(better).orElseThrow();
            case FINAL_YEAR -> values.get(values.lastKey());
        };
        boolean satisfied = comparator.satisfied(measured, target);
        TargetStatus status;
        if (over) {
            status = !satisfied ? TargetStatus.NOT_MET : exceeds(comparator, measured, target) ? TargetStatus.EXCEEDED : TargetStatus.MET;
        } else if (measure == TargetMeasure.TERM_TOTAL && comparator.higherIsBetter()) {
            BigDecimal due = target.multiply(elapsedShare(termStartYear, termEndYear, today));
            status = measured.compareTo(due) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
        } else {
            status = satisfied ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
        }
        return new Evaluation(measured, status, progress(comparator, measured, target));
    }

    private static boolean exceeds(TargetComparator comparator, BigDecimal measured, BigDecimal target) {
        BigDecimal margin = target.abs().multiply(EXCEED_MARGIN);
        return comparator.higherIsBetter()
                ? measured.compareTo(target.add(margin)) >= 0
                : measured.compareTo(target.subtract(margin)) <= 0;
    }

    /** The share of the term gone by today, from 1 January of its first year to 1 January of its end year. */
    static BigDecimal elapsedShare(int termStartYear, int termEndYear, LocalDate today) {
        LocalDate start = LocalDate.of(termStartYear, 1, 1);
        LocalDate end = LocalDate.of(termEndYear, 1, 1);
        long elapsed = Math.max(0, Math.min(ChronoUnit.DAYS.between(start, today), ChronoUnit.DAYS.between(start, end)));
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), MathContext.DECIMAL64);
    }

    private static BigDecimal progress(TargetComparator comparator, BigDecimal measured, BigDecimal target) {
        if (!comparator.higherIsBetter() || target.signum() == 0) {
            return null;
        }
        return measured.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
