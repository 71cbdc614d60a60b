package vn.dangbo.portal.member;

import java.time.LocalDate;

import vn.dangbo.portal.web.VietnameseDateFormatter;

/** One line of the member list: a projection read in SQL, never a loaded entity. */
public record MemberRow(long id, String fullName, Gender gender, LocalDate birthDate, MemberStatus status,
                        String partyCardNumber, LocalDate admissionDate, long organizationId,
                        String organizationName, String parentName) {

    // the dates as the list shows them: a property of the row is compiled by the template engine, a call of the
    // @fmt bean is interpreted on each of the hundred dates of a page

    public String birthDateText() {
        return VietnameseDateFormatter.format(birthDate);
    }

    public String admissionDateText() {
        return VietnameseDateFormatter.format(admissionDate);
    }
}
