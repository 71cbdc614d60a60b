package vn.dangbo.portal.member;

import java.time.LocalDate;

/**
 * What an event form says, read by {@link LifecycleRules}: the event form on a member's page and the
 * entry part of the new-member form share these property names, so a broken rule is shown next to the
 * same field on either.
 */
public interface LifecycleInput {

    MemberEventKind getKind();

    /** The date the event takes effect (for an admission: the date in the admission decision). */
    LocalDate getEventDate();

    /** Admission: the date of the admission ceremony. */
    LocalDate getCeremonyDate();

    /** Registration, transfer in: the date of the member's admission decision (ngày vào Đảng). */
    LocalDate getAdmissionDate();

    /** Registration, transfer in: the date the member became official, if they are. */
    LocalDate getOfficialDate();

    String getDecisionNumber();

    String getDecisionIssuer();

    /** The Party organisation outside the bloc the member goes to or comes from. */
    String getCounterpart();

    String getNote();

    /** The cell the member goes to (transfers, entries). */
    Long getOrganizationId();
}
