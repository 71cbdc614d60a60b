package vn.dangbo.portal.pledge;

import java.time.LocalDate;

import vn.dangbo.portal.member.MemberStatus;
import vn.dangbo.portal.organization.OrganizationKind;

/** A member as the pledge pages need them: who they are and the cell that reviews them. */
public record PledgeMember(long id, String fullName, MemberStatus status, LocalDate birthDate, LocalDate admissionDate,
                           String jobTitle, long cellId, String cellName, OrganizationKind cellKind, String cellPath,
                           Long cellSecretaryId, Long parentId, String parentName) {
}
