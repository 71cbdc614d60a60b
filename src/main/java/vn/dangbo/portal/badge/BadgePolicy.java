package vn.dangbo.portal.badge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The rules of Party badges (Huy hiệu Đảng, Hướng dẫn 01-HD/TW, 2021) in one place, since they change:
 * the milestones of Party age, the four award days of a year, how early a seriously ill member may be
 * proposed, the posthumous margin, and how long a discipline of warning or heavier defers the badge.
 */
final class BadgePolicy {

    /** Years of Party age that earn a badge. */
    static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    /** The award days: 3/2, 19/5, 2/9, 7/11. */
    static final List<MonthDay> BATCH_DAYS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));

    /** A seriously ill member may be proposed up to 12 months early, 24 months for 70 years and above. */
    static final int EARLY_MONTHS = 12;
    static final int EARLY_MONTHS_FROM_70 = 24;

    /** A deceased member may be awarded posthumously if they lacked at most 12 months. */
    static final int POSTHUMOUS_MONTHS = 12;

    /** A discipline of warning or heavier decided within this many months before the batch defers the badge. */
    static final int DISCIPLINE_DEFERRAL_MONTHS = 12;

    private BadgePolicy() {
    }

    static int earlyMonths(int milestone) {
        return milestone >= 70 ? EARLY_MONTHS_FROM_70 : EARLY_MONTHS;
    }

    static boolean isBatchDay(LocalDate date) {
        return BATCH_DAYS.contains(MonthDay.from(date));
    }

    /** The next award day on or after a date. */
    static LocalDate nextBatch(LocalDate from) {
        for (int year = from.getYear(); ; year++) {
            for (MonthDay day : BATCH_DAYS) {
                LocalDate batch = day.atYear(year);
                if (!batch.isBefore(from)) {
                    return batch;
                }
            }
        }
    }
}
