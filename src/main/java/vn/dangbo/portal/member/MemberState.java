package vn.dangbo.portal.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a member stands before an event: the cached columns of the register plus what only the history
 * tells (the date of the last event, an open temporary transfer, when the name was removed). A member not
 * yet in the register has a {@code null} status.
 */
record MemberState(MemberStatus status, LocalDate birthDate, LocalDate admissionDate, LocalDate ceremonyDate,
                   LocalDate officialDate, int interruptionDays, LocalDate lastEventDate, boolean away, LocalDate removedOn) {

    static MemberState newcomer(LocalDate birthDate) {
        return new MemberState(null, birthDate, null, null, null, 0, null, false, null);
    }

    static MemberState of(Member member, List<MemberEvent> history) {
        LocalDate last = null;
        boolean away = false;
        LocalDate removedOn = null;
        for (MemberEvent event : history) {
            last = event.getEventDate();
            switch (event.getKind()) {
                case TEMPORARY_TRANSFER -> away = true;
                case TEMPORARY_TRANSFER_END, TRANSFER_OUT, DEATH, NAME_REMOVAL, EXPULSION -> away = false;
                default -> { }
            }
            if (event.getKind() == MemberEventKind.NAME_REMOVAL) {
                removedOn = event.getEventDate();
            }
        }
        return new MemberState(member.getStatus(), member.getBirthDate(), member.getAdmissionDate(),
                member.getAdmissionCeremonyDate(), member.getOfficialDate(), member.getInterruptionDays(), last, away, removedOn);
    }

    /** Probation (12 months) is counted from the admission ceremony, or from the decision when the ceremony is unknown. */
    LocalDate probationEnds() {
        LocalDate start = ceremonyDate != null ? ceremonyDate : admissionDate;
        return start == null ? null : start.plusMonths(LifecycleRules.PROBATION_MONTHS);
    }
}
