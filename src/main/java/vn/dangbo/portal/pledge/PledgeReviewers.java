package vn.dangbo.portal.pledge;

import java.util.Objects;

import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Scope;

/**
 * Who reviews a member's monthly self-assessments and approves their pledge (domain.md "Who does what"):
 * the secretary of the member's cell — the chi bộ trực thuộc, or the chi bộ cơ sở. The book of a cell's
 * own secretary (as recorded on the cell) goes one level up: to the secretary of the đảng bộ cơ sở for a
 * sub-cell, to the bloc committee staff for a chi bộ cơ sở. Nobody reviews their own book; secretaries
 * above the cell, staff and leaders read without reviewing.
 */
final class PledgeReviewers {

    private PledgeReviewers() {
    }

    static boolean mayReview(Scope scope, PortalUser user, PledgeMember member) {
        return mayReview(scope, user, member.id(), member.cellId(), member.cellKind(), member.parentId(), member.cellSecretaryId());
    }

    static boolean mayReview(Scope scope, PortalUser user, long memberId, long cellId, OrganizationKind cellKind,
                             Long cellParentId, Long cellSecretaryId) {
        if (!scope.canEdit() || (user.getMemberId() != null && user.getMemberId() == memberId)) {
            return false;
        }
        boolean ownSecretary = cellSecretaryId != null && cellSecretaryId == memberId;
        if (!ownSecretary) {
            return Objects.equals(scope.organizationId(), cellId);
        }
        return cellKind == OrganizationKind.SUB_CELL ? Objects.equals(scope.organizationId(), cellParentId) : scope.isEverything();
    }
}
