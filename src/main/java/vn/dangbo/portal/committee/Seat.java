package vn.dangbo.portal.committee;

import java.time.LocalDate;

/** One seat as listed on the pages: who, where, which office, in which term and when. */
public record Seat(long id, long organizationId, String organizationName, long memberId, String memberName,
                   int termStartYear, CommitteeOffice office, Appointment appointment, LocalDate startsOn,
                   LocalDate endsOn, String decision, String note) {

    /** "2020–2025". */
    public String term() {
        return Terms.label(termStartYear);
    }

    public boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
