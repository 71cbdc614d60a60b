package vn.dangbo.portal.member;

import java.time.LocalDate;

/** Age groups used by the list filter and statistics: under 30, 30–39, 40–49, 50–59, 60 and over. */
public enum AgeGroup {
    UNDER_30(0, 30),
    FROM_30_TO_39(30, 40),
    FROM_40_TO_49(40, 50),
    FROM_50_TO_59(50, 60),
    FROM_60(60, 200);

    private final int fromAge;
    private final int toAgeExclusive;

    AgeGroup(int fromAge, int toAgeExclusive) {
        this.fromAge = fromAge;
        this.toAgeExclusive = toAgeExclusive;
    }

    /** Born after this date (exclusive) means younger than the group's upper bound on {@code today}. */
    LocalDate bornAfter(LocalDate today) {
        return today.minusYears(toAgeExclusive);
    }

    /** Born on or before this date means at least the group's lower bound on {@code today}. */
    LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(fromAge);
    }
}
