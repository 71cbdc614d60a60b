package vn.dangbo.portal.member;

import java.time.LocalDate;

/** One line of the member list: a projection read in SQL, never a loaded entity. */
public record MemberRow(long id, String fullName, Gender gender, LocalDate birthDate, MemberStatus status,
                        String partyCardNumber, LocalDate admissionDate, long organizationId,
                        String organizationName, String parentName) {
}
