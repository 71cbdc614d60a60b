package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.time.Period;

/**
 * Tuổi đảng: counted from the date in the admission decision, less the days the membership was
 * interrupted (removed and later admitted again). Badges are due when it reaches 30, 40, 45 … years.
 */
public record PartyAge(LocalDate admissionDate, int interruptionDays) {

    /** The day the count starts from, interruptions added. */
    public LocalDate countsFrom() {
        return admissionDate.plusDays(interruptionDays);
    }

    /** Whole years of Party age on a date. */
    public int yearsOn(LocalDate date) {
        return date.isBefore(countsFrom()) ? 0 : Period.between(countsFrom(), date).getYears();
    }

    /** The day the Party age reaches the given number of years. */
    public LocalDate reaches(int years) {
        return countsFrom().plusYears(years);
    }
}
