package vn.dangbo.portal.breakthrough;

import vn.dangbo.portal.organization.OrganizationKind;

/**
 * Whose a task is: the unit (with the unit above it, and both secretaries as recorded on the units),
 * and for a member's own task the member and whether they sit on the bloc standing committee.
 */
public record TaskOwner(long unitId, OrganizationKind unitKind, String unitPath, String unitName, Long unitSecretaryId,
                        Long parentId, String parentName, Long parentSecretaryId,
                        Long memberId, String memberName, boolean memberIsLeader) {

    public boolean isPersonal() {
        return memberId != null;
    }

    /** The name shown as the task's owner: the member, or the unit. */
    public String name() {
        return isPersonal() ? memberName : unitName;
    }
}
