package vn.dangbo.portal.pledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A member's pledge book of a year as pages and the PDF show it: the member, the year's areas, the
 * pledge (or null), the twelve months with their entries, and the year's summary with its quarters.
 */
public record PledgeBook(PledgeMember member, int year, List<PledgeArea> areas, Pledge pledge, List<Month> months,
                         PledgeYearSummary summary) {

    /** One month: its state, its entry when the viewer may read it, and its deadline. */
    public record Month(YearMonth month, MonthState state, MonthlySelfAssessment entry, LocalDate deadline) {

        public int number() {
            return month.getMonthValue();
        }
    }
}
