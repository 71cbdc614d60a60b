package vn.dangbo.portal.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.dangbo.portal.member.MemberStatus;

/**
 * Hạn nộp: the rules of when a month's self-assessment is due. A month's entry is due by the given day of
 * the following month ({@code portal.pledge.deadline-day}, 5 by default); later entries are accepted but
 * marked late. A month is required of a member who was a probationary or full member before it began;
 * exempt members (miễn sinh hoạt) and members admitted during the month are not expected to submit.
 */
@Component
public class MonthlyDeadline {

    /** {@link #isRequired} in SQL, over the member alias {@code m} and the parameter {@code :monthStart}. */
    static final String REQUIRED_SQL =
            "(m.status IN ('PROBATIONARY', 'OFFICIAL') AND (m.admission_date IS NULL OR m.admission_date < :monthStart))";

    private final int day;
    private final Clock clock;

    MonthlyDeadline(@Value("${portal.pledge.deadline-day:5}") int day, Clock clock) {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("portal.pledge.deadline-day must be between 1 and 28, not " + day);
        }
        this.day = day;
        this.clock = clock;
    }

    public LocalDate deadline(YearMonth month) {
        return month.plusMonths(1).atDay(day);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** The month that secretaries are collecting: the one before the current month. */
    public YearMonth reportingMonth() {
        return currentMonth().minusMonths(1);
    }

    public boolean deadlinePassed(YearMonth month) {
        return today().isAfter(deadline(month));
    }

    /** Whether a submission at the given instant is late for the month. */
    public boolean isLate(YearMonth month, Instant submittedAt) {
        return LocalDate.ofInstant(submittedAt, clock.getZone()).isAfter(deadline(month));
    }

    /** Whether the month is expected of a member with this status and admission date. */
    public static boolean isRequired(MemberStatus status, LocalDate admissionDate, YearMonth month) {
        return (status == MemberStatus.PROBATIONARY || status == MemberStatus.OFFICIAL)
                && (admissionDate == null || admissionDate.isBefore(month.atDay(1)));
    }

    /**
     * The state of a month for a member: what was submitted, or else whether it is still open, missing
     * (the deadline passed), not required, or in the future.
     *
     * @param entry the entry's status; {@code null} when there is none (or when a draft is not to be shown)
     */
    public MonthState state(YearMonth month, AssessmentStatus entry, boolean late, Long entryId, boolean requiredOfMember,
                            int done, int partly, int notDone, String comment) {
        YearMonth current = currentMonth();
        boolean required = requiredOfMember && month.isBefore(current);
        MonthStatus status;
        if (entry != null && entry != AssessmentStatus.DRAFT) {
            status = MonthStatus.valueOf(entry.name());
        } else if (month.isAfter(current)) {
            status = MonthStatus.NOT_YET;
        } else if (!requiredOfMember) {
            status = entry == AssessmentStatus.DRAFT ? MonthStatus.DRAFT : MonthStatus.NOT_REQUIRED;
        } else if (entry == AssessmentStatus.DRAFT) {
            status = MonthStatus.DRAFT;
        } else {
            status = deadlinePassed(month) ? MonthStatus.MISSING : MonthStatus.OPEN;
        }
        return new MonthState(month.getMonthValue(), status, status.isSubmitted() && late, entryId, required,
                done, partly, notDone, comment);
    }
}
