package vn.dangbo.portal.rating;

import java.util.Objects;

import vn.dangbo.portal.organization.OrganizationKind;
import vn.dangbo.portal.security.PortalUser;
import vn.dangbo.portal.security.Role;
import vn.dangbo.portal.security.Scope;

/**
 * Who does what in the rating (domain.md "Who does what"), in one place:
 * <ul>
 * <li>self-assessment: the member themself; for an organisation, its own secretary;</li>
 * <li>proposal: for a member of a sub-cell, the sub-cell's secretary (the cell secretary's own rating goes to the
 *     đảng bộ cơ sở above); skipped for a chi bộ cơ sở; for a grassroots organisation, the bloc staff prepare it;</li>
 * <li>decision and publication: the deciding body's secretary (đảng bộ cơ sở for its sub-cells and their members,
 *     a chi bộ cơ sở for its own members); for a grassroots organisation, the bloc standing committee (leader);</li>
 * <li>reopening a published rating: admin or staff, with a reason.</li>
 * </ul>
 * Nobody proposes or decides their own rating.
 */
final class RatingRights {

    private RatingRights() {
    }

    static boolean maySelfAssess(PortalUser user, Scope scope, RatingRow row) {
        if (row.subject() == RatingSubject.MEMBER) {
            return Objects.equals(user.getMemberId(), row.memberId());
        }
        return scope.canEdit() && !scope.isEverything() && Objects.equals(scope.organizationId(), row.unitId());
    }

    static boolean mayPropose(PortalUser user, Scope scope, RatingRow row) {
        if (!row.hasProposalStep() || isOwn(user, row)) {
            return false;
        }
        if (row.subject() == RatingSubject.ORGANIZATION) {
            return scope.isEverything() && scope.canEdit();
        }
        return scope.canEdit() && (Objects.equals(scope.organizationId(), row.unitId())
                || (Objects.equals(row.unitSecretaryId(), row.memberId()) && Objects.equals(scope.organizationId(), row.decidingBodyId())));
    }

    static boolean mayDecide(PortalUser user, Scope scope, RatingRow row) {
        return !isOwn(user, row) && mayDecideFor(user, scope, row.subject(), row.decidingBodyId(), row.decidingBodyKind());
    }

    /** Deciding and publishing for a deciding body. */
    static boolean mayDecideFor(PortalUser user, Scope scope, RatingSubject subject, long bodyId, OrganizationKind bodyKind) {
        if (subject == RatingSubject.ORGANIZATION && bodyKind == OrganizationKind.BLOC) {
            return user.getRole() == Role.LEADER;
        }
        return scope.canEdit() && !scope.isEverything() && Objects.equals(scope.organizationId(), bodyId);
    }

    static boolean mayReopen(PortalUser user) {
        return user.getRole() == Role.ADMIN || user.getRole() == Role.STAFF;
    }

    static boolean mayManageRounds(PortalUser user) {
        return mayReopen(user);
    }

    private static boolean isOwn(PortalUser user, RatingRow row) {
        return row.subject() == RatingSubject.MEMBER && Objects.equals(user.getMemberId(), row.memberId());
    }
}
